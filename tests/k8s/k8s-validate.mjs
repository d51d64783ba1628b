#!/usr/bin/env node
// k8s-validate.mjs
//
// Copyright 2026 The Podlift developers
//
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Usage: node tests/k8s/k8s-validate.mjs FILE…|DIR…|-
//
// Validates every document of every YAML file (a folder: its *.yaml and
// *.yml files, recursively; "-": standard input) with the kubernetes-models
// 4 class of its apiVersion and kind, or @kubernetes-models/gke's for GKE
// resources. Prints one line a document:
//   FILE: Kind/name: ok
//   FILE: Kind/name: skipped (no model for apiVersion/kind)
//   FILE: Kind/name: PROBLEM
// Exit status: 0 every document passed or was skipped, 1 a document failed,
// 2 bad usage, unreadable or malformed input, or the models not installed.
//
// kubernetes-models checks types, formats and required fields; it lets
// unknown fields through (its schemas have no additionalProperties: false).
// The models come from $PODLIFT_TOOLS_DIR (default _tools at the top of the
// repository), installed by tests/k8s/setup-k8s-validators.sh.

import { readFileSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const tools = process.env.PODLIFT_TOOLS_DIR || resolve(here, "..", "..", "_tools");
const require = createRequire(join(tools, "package.json"));

function fail(message) {
  console.error(`k8s-validate: ${message}`);
  process.exit(2);
}

let YAML;
try {
  YAML = require("yaml");
  require.resolve("kubernetes-models/package.json");
} catch {
  fail(`kubernetes-models and yaml are not in ${tools}; run tests/k8s/setup-k8s-validators.sh`);
}

// "apps/v1" → "kubernetes-models/apps/v1/Deployment"; GKE groups come from
// @kubernetes-models/gke.
function modelFor(apiVersion, kind) {
  const group = apiVersion.includes("/") ? apiVersion.split("/")[0] : "";
  const gke = group.endsWith(".gke.io") || group === "cloud.google.com" ||
    group.endsWith(".cnrm.cloud.google.com");
  const module = `${gke ? "@kubernetes-models/gke" : "kubernetes-models"}/${apiVersion}/${kind}`;
  try {
    return require(module)[kind];
  } catch (error) {
    if (error.code === "MODULE_NOT_FOUND" || error.code === "ERR_PACKAGE_PATH_NOT_EXPORTED")
      return undefined;
    throw error;
  }
}

function yamlFiles(path) {
  if (path === "-")
    return [path];
  let stat;
  try {
    stat = statSync(path);
  } catch (error) {
    fail(`${path}: ${error.message}`);
  }
  if (!stat.isDirectory())
    return [path];
  return readdirSync(path).sort().flatMap((name) => {
    const child = join(path, name);
    if (statSync(child).isDirectory())
      return yamlFiles(child);
    return /\.ya?ml$/.test(name) ? [child] : [];
  });
}

function validateDocument(file, document) {
  const object = document.toJS();
  if (object === null || object === undefined)
    return true;
  const { apiVersion, kind } = object;
  const label = `${file}: ${kind ?? "?"}/${object.metadata?.name ?? "?"}`;
  if (typeof apiVersion !== "string" || typeof kind !== "string") {
    console.log(`${label}: the document has no apiVersion and kind`);
    return false;
  }
  const Model = modelFor(apiVersion, kind);
  if (!Model) {
    console.log(`${label}: skipped (no model for ${apiVersion} ${kind})`);
    return true;
  }
  try {
    new Model(object).validate();
  } catch (error) {
    console.log(`${label}: ${error.message}`);
    return false;
  }
  console.log(`${label}: ok`);
  return true;
}

function validateFile(file) {
  let text;
  try {
    text = readFileSync(file === "-" ? 0 : file, "utf8");
  } catch (error) {
    fail(`${file}: ${error.message}`);
  }
  const name = file === "-" ? "(stdin)" : file;
  let passed = true;
  // YAML 1.1, as Kubernetes reads it (sigs.k8s.io/yaml): yes and on are true.
  for (const document of YAML.parseAllDocuments(text, { version: "1.1" })) {
    if (document.errors.length > 0)
      fail(`${name}: ${document.errors[0].message}`);
    passed = validateDocument(name, document) && passed;
  }
  return passed;
}

const paths = process.argv.slice(2);
if (paths.length === 0)
  fail("usage: k8s-validate.mjs FILE…|DIR…|-");
let passed = true;
for (const file of paths.flatMap(yamlFiles))
  passed = validateFile(file) && passed;
process.exit(passed ? 0 : 1);
