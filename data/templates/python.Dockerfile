{{>header}}

# Build stage: a virtual environment with the dependencies ({{package_manager}}){{#build_command}},
# then the build{{/build_command}}.
FROM {{build_image}} AS build
WORKDIR /src
ENV PIP_DISABLE_PIP_VERSION_CHECK=1
{{#poetry}}
RUN pip install --no-cache-dir poetry=={{poetry_version}} \
 && python -m venv /opt/venv
{{/poetry}}
{{^poetry}}
RUN python -m venv /opt/venv
{{/poetry}}
ENV VIRTUAL_ENV=/opt/venv \
    PATH=/opt/venv/bin:$PATH
{{#poetry}}
COPY pyproject.toml poetry.lock ./
RUN poetry install --only main --no-root --no-interaction --no-ansi
{{/poetry}}
{{^poetry}}
COPY requirements.txt ./
RUN pip install --no-cache-dir -r requirements.txt
{{/poetry}}
COPY . .
{{#build_command}}
RUN {{build_command}}
{{/build_command}}

# Final stage: the same Python, the virtual environment and the
# application, run as an unprivileged user.
{{>final-from}}
WORKDIR /app
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    VIRTUAL_ENV=/opt/venv \
    PATH=/opt/venv/bin:$PATH
{{>user}}
COPY --from=build --chown={{uid}}:{{gid}} /opt/venv /opt/venv
{{>app-files}}
{{>tail}}
