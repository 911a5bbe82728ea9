"""Validates SARIF files against the official SARIF 2.1.0 schema (read from ../shared/data)."""
import json
import pathlib
import sys

import jsonschema

schema_path = pathlib.Path(__file__).resolve().parent.parent.parent / "shared" / "data" / "sarif-schema-2.1.0.json"
schema = json.loads(schema_path.read_text(encoding="utf-8"))
validator = jsonschema.Draft4Validator(schema)
failed = False
for name in sys.argv[1:]:
    document = json.loads(pathlib.Path(name).read_text(encoding="utf-8"))
    errors = sorted(validator.iter_errors(document), key=lambda error: list(error.path))
    results = sum(len(run.get("results", [])) for run in document.get("runs", []))
    for error in errors:
        failed = True
        print(f"{name}: {'/'.join(map(str, error.path))}: {error.message}")
    if not errors:
        print(f"{name}: valid SARIF 2.1.0 ({results} results)")
sys.exit(1 if failed else 0)
