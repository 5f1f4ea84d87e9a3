#!/usr/bin/python3
"""emulator_schema: drive a real hub-emulator over HTTP and check every JSON reply against the Hub's OpenAPI contract.

Usage: schema_test.py HUB_EMULATOR [OPENAPI_YAML]
The contract can also be given with the HUBTOKENS_OPENAPI environment variable.

Each reply is validated against the schema the contract gives for its route and status; where the contract has
none (403, 404 on a list page, 405, 429, 5xx, unknown routes) against the matching components/responses entry or,
for 429, the shape the behaviour page documents. As hub-api-behaviour.md says, next, previous, expires_at and
last_used are nullable (and expires_at may be ""): the loaded schema is patched for that; the yaml is not edited.
The patch also makes the documented keys required, so a missing field is caught too.
Exits non-zero with a list of every violation.
"""

import base64
import copy
import datetime
import hashlib
import hmac
import http.client
import json
import os
import re
import struct
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request

import jsonschema
import yaml

PREFIX = "emulator_schema"
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")
SECRET = re.compile(r"^dckr_pat_[A-Za-z0-9_-]{27}$")
TOKEN_PATHS = ("/v2/users/login", "/v2/users/2fa-login", "/v2/auth/token", "/v2/access-tokens")

# What the behaviour page documents for 429 (the contract has no 429 at all).
RATE_LIMIT_SCHEMA = {
    "type": "object",
    "required": ["detail", "error"],
    "properties": {"detail": {"type": "string"}, "error": {"type": "boolean"}},
}


class Failure(Exception):
    pass


# ---- the contract ---------------------------------------------------------------------------------------------------

def load_contract(path):
    with open(path, encoding="utf-8") as f:
        spec = yaml.safe_load(f)
    schemas = spec["components"]["schemas"]
    # Nullable as the behaviour page says; expires_at may also be "" ("never expires").
    token = schemas["accessToken"]
    token["properties"]["expires_at"] = {
        "anyOf": [{"type": "string", "format": "date-time"}, {"type": "string", "maxLength": 0}],
        "nullable": True,
    }
    token["properties"]["last_used"] = {"type": "string", "format": "date-time", "nullable": True}
    token["properties"]["created_at"] = {"type": "string", "format": "date-time"}
    token["required"] = ["uuid", "client_id", "creator_ip", "creator_ua", "created_at", "last_used",
                         "generated_by", "is_active", "token", "token_label"]
    page = schemas["getAccessTokensResponse"]
    page["properties"]["next"]["nullable"] = True
    page["properties"]["previous"]["nullable"] = True
    page["required"] = ["count", "next", "previous", "active_count", "results"]
    schemas["PostUsersLoginSuccessResponse"]["required"] = ["token"]
    schemas["AuthCreateTokenResponse"]["required"] = ["access_token"]
    schemas["ValueError"]["required"] = ["fields", "text"]
    # Error replies must say something: message or detail (the client reads message, then detail, then text).
    for name in ("Error", "error"):
        schemas[name]["anyOf"] = [{"required": ["message"]}, {"required": ["detail"]}]
    return spec


def resolve(spec, ref):
    if not ref.startswith("#/"):
        raise Failure(f"unsupported $ref {ref}")
    node = spec
    for part in ref[2:].split("/"):
        node = node[part]
    return node


def to_json_schema(spec, node, depth=0):
    """OpenAPI 3.0 schema object -> JSON Schema: $ref inlined, nullable turned into a null alternative."""
    if depth > 40:
        raise Failure("schema nesting too deep (a $ref cycle?)")
    if isinstance(node, list):
        return [to_json_schema(spec, n, depth + 1) for n in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        return to_json_schema(spec, resolve(spec, node["$ref"]), depth + 1)
    out = {}
    for key, value in node.items():
        if key in ("example", "description", "nullable", "deprecated", "x-audience"):
            continue
        if key == "properties":
            out[key] = {k: to_json_schema(spec, v, depth + 1) for k, v in value.items()}
        else:
            out[key] = to_json_schema(spec, value, depth + 1)
    if node.get("nullable"):
        return {"anyOf": [out, {"type": "null"}]}
    return out


def response_schema(spec, template, method, status):
    """(schema, where) for a reply, or (None, where) when the contract defines no body."""
    responses = {}
    if template is not None:
        op = spec["paths"].get(template, {}).get(method.lower())
        if op is None and status != 405:  # only "method not allowed" may answer a method the contract lacks
            raise Failure(f"{method} {template} is not in the contract")
        responses = op.get("responses", {}) if op else {}
    entry = responses.get(str(status))
    where = f"paths.{template}.{method.lower()}.responses.{status}"
    if entry is None:
        fallback = {400: "BadRequest", 401: "Unauthorized", 403: "Forbidden", 404: "NotFound", 405: "NotFound"}
        if status == 429:
            return RATE_LIMIT_SCHEMA, "hub-api-behaviour.md (429)"
        if status >= 500:
            entry, where = {"$ref": "#/components/responses/internal_error"}, "components.responses.internal_error"
        elif status in fallback:
            name = fallback[status]
            if status == 405:  # the contract never answers 405; use its generic Error shape
                return to_json_schema(spec, {"$ref": "#/components/schemas/Error"}), "components.schemas.Error (405)"
            entry, where = {"$ref": f"#/components/responses/{name}"}, f"components.responses.{name}"
        else:
            raise Failure(f"no schema for {method} {template} {status}")
    if "$ref" in entry:
        where = entry["$ref"][2:].replace("/", ".")
        entry = resolve(spec, entry["$ref"])
    content = entry.get("content")
    if not content:
        return None, where
    return to_json_schema(spec, content["application/json"]["schema"]), where


def make_format_checker():
    checker = jsonschema.FormatChecker(formats=())

    def date_time(value):
        if not isinstance(value, str):
            return True
        if not RFC3339.match(value):
            return False
        parse_time(value)  # raises ValueError on e.g. month 13
        return True

    checker.checks("date-time", raises=(ValueError,))(date_time)
    return checker


# ---- TOTP (RFC 6238), written independently of the emulator ----------------------------------------------------------

def totp(secret_b32, at=None, digits=6, step=30):
    key = base64.b32decode(secret_b32.upper() + "=" * (-len(secret_b32) % 8))
    counter = int((time.time() if at is None else at) // step)
    mac = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = mac[-1] & 0x0F
    value = struct.unpack(">I", mac[offset:offset + 4])[0] & 0x7FFFFFFF
    return str(value % 10 ** digits).zfill(digits)


# ---- the emulator process ---------------------------------------------------------------------------------------------

class Emulator:
    def __init__(self, binary, *args):
        self.log = tempfile.TemporaryFile()
        self.proc = subprocess.Popen([binary, "--port", "0", *args], stdout=subprocess.PIPE, stderr=self.log)
        watchdog = threading.Timer(20, self.proc.kill)
        watchdog.start()
        line = self.proc.stdout.readline().decode().strip()
        watchdog.cancel()
        if not re.match(r"^http://127\.0\.0\.1:\d+$", line):
            self.stop()
            raise Failure(f"hub-emulator {' '.join(args)}: first stdout line is {line!r}, not a base URL")
        self.url = line

    def stop(self):
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.seek(0)
        return self.log.read().decode(errors="replace")


class Checker:
    def __init__(self, spec):
        self.spec = spec
        self.format_checker = make_format_checker()
        self.validated = 0
        self.pairs = set()
        self.failures = []

    def fail(self, message):
        self.failures.append(message)
        print(f"{PREFIX}: FAIL: {message}", file=sys.stderr)

    @staticmethod
    def template_for(path):
        path = path.split("?", 1)[0].rstrip("/") or "/"
        if path in TOKEN_PATHS:
            return path
        if re.match(r"^/v2/access-tokens/[^/]+$", path):
            return "/v2/access-tokens/{uuid}"
        return None

    def call(self, emu, method, path, body=None, token=None, expect=None, raw=None, what=""):
        data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
        req = urllib.request.Request(emu.url + path, data=data, method=method)
        req.add_header("User-Agent", "emulator-schema-test/1.0")
        if data is not None:
            req.add_header("Content-Type", "application/json")
        if token:
            req.add_header("Authorization", f"Bearer {token}")
        try:
            with urllib.request.urlopen(req, timeout=15) as r:
                status, headers, payload = r.status, r.headers, r.read()
        except urllib.error.HTTPError as e:
            status, headers, payload = e.code, e.headers, e.read()
        label = f"{method} {path}{' (' + what + ')' if what else ''} -> {status}"
        if expect is not None and status != expect:
            self.fail(f"{label}: expected status {expect}; body {payload[:300]!r}")
        # Every emulator here runs with a rate limit, so every reply carries the headers.
        for h in ("X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset"):
            if not re.match(r"^\d+$", headers.get(h, "")):
                self.fail(f"{label}: header {h} missing or not a number ({headers.get(h)!r})")
        if status == 204:
            if payload:
                self.fail(f"{label}: 204 with a body {payload[:100]!r}")
            return status, headers, None
        try:
            doc = json.loads(payload)
        except ValueError:
            self.fail(f"{label}: body is not JSON: {payload[:200]!r}")
            return status, headers, None
        if not headers.get("Content-Type", "").startswith("application/json"):
            self.fail(f"{label}: Content-Type {headers.get('Content-Type')!r}")
        template = self.template_for(path)
        try:
            schema, where = response_schema(self.spec, template, method, status)
        except Failure as e:
            self.fail(f"{label}: {e}")
            return status, headers, doc
        if schema is None:
            self.fail(f"{label}: the contract ({where}) has no body for this reply, but one came")
            return status, headers, doc
        validator = jsonschema.Draft7Validator(schema, format_checker=self.format_checker)
        errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path))
        for err in errors:
            at = "/".join(str(p) for p in err.absolute_path) or "(root)"
            self.fail(f"{label}: violates {where} at {at}: {err.message}")
        self.validated += 1
        self.pairs.add((method, template, status))
        return status, headers, doc

    def check(self, condition, message):
        if not condition:
            self.fail(message)


# ---- the session ----------------------------------------------------------------------------------------------------

def rfc3339(dt):
    return dt.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def parse_time(text):
    text = re.sub(r"\.(\d{1,6})\d*", lambda m: "." + m.group(1).ljust(6, "0"), text)
    return datetime.datetime.fromisoformat(re.sub(r"[Zz]$", "+00:00", text))


def drive(binary, c):
    now = datetime.datetime.now(datetime.timezone.utc)
    main = Emulator(binary, "--demo", "--rate-limit", "100000")
    try:
        # Sign-in: password, wrong password, 2FA, /v2/auth/token.
        _, _, doc = c.call(main, "POST", "/v2/users/login", {"username": "demo", "password": "demo"}, expect=200)
        jwt = doc["token"]
        c.call(main, "POST", "/v2/users/login", {"username": "demo", "password": "wrong"}, expect=401)
        c.call(main, "POST", "/v2/users/login/", {"username": "nobody", "password": "x"}, expect=401)
        c.call(main, "POST", "/v2/users/login", raw=b"{oops", expect=400, what="malformed JSON")
        _, _, doc = c.call(main, "POST", "/v2/users/login", {"username": "demo2fa", "password": "demo"}, expect=401)
        c.check(doc.get("detail") == "Require secondary authentication on MFA enabled account", f"2FA detail: {doc}")
        two_fa = doc.get("login_2fa_token", "")
        code = totp("JBSWY3DPEHPK3PXP")
        wrong = "000000" if code != "000000" else "111111"
        c.call(main, "POST", "/v2/users/2fa-login", {"login_2fa_token": two_fa, "code": wrong}, expect=401)
        _, _, doc = c.call(main, "POST", "/v2/users/2fa-login", {"login_2fa_token": two_fa, "code": code}, expect=200)
        jwt_2fa = doc["token"]
        c.call(main, "POST", "/v2/users/2fa-login", {"login_2fa_token": two_fa, "code": code}, expect=401,
               what="2FA token reused")
        c.call(main, "POST", "/v2/users/2fa-login", {"login_2fa_token": "x.y.z", "code": code}, expect=401)
        _, _, doc = c.call(main, "POST", "/v2/auth/token", {"identifier": "demo", "secret": "demo"}, expect=200)
        access = doc["access_token"]
        c.call(main, "POST", "/v2/auth/token", {"identifier": "demo", "secret": "nope"}, expect=401)
        c.call(main, "POST", "/v2/auth/token", {"identifier": "demo2fa", "secret": "demo"}, expect=401,
               what="2FA account with a password")

        # Listing with several page sizes.
        _, _, first = c.call(main, "GET", "/v2/access-tokens", token=jwt, expect=200)
        total = first["count"]
        c.check(total >= 20, f"demo has only {total} tokens")
        c.check(first["previous"] is None, "previous on page 1 is not null")
        c.check(first["next"] == f"{main.url}/v2/access-tokens?page=2&page_size=10", f"next is {first['next']!r}")
        for size in (1, 5, 7, 10, 100, 1000):
            seen, url, pages = [], f"/v2/access-tokens?page_size={size}", 0
            while url:
                _, _, doc = c.call(main, "GET", url, token=access if size == 7 else jwt, expect=200)
                if doc is None:
                    break
                pages += 1
                seen += [t["uuid"] for t in doc["results"]]
                c.check(len(doc["results"]) <= min(size, 100), f"page_size={size}: {len(doc['results'])} results")
                c.check(all(t["token"] == "" for t in doc["results"]), "a secret in a list reply")
                nxt = doc["next"]
                c.check(nxt is None or nxt.startswith(main.url + "/v2/access-tokens?"), f"next {nxt!r}")
                url = nxt[len(main.url):] if nxt else None
                if size == 1 and pages >= 4:  # enough single-item pages
                    break
            if size != 1:
                c.check(len(seen) == total and len(set(seen)) == total, f"page_size={size}: saw {len(seen)} of {total}")
        c.call(main, "GET", "/v2/access-tokens/?page=2&page_size=10", token=jwt, expect=200, what="trailing slash")
        c.call(main, "GET", "/v2/access-tokens?page=2", token=jwt_2fa, expect=404, what="page past the end")
        c.call(main, "GET", f"/v2/access-tokens?page={total + 1}&page_size=1", token=jwt, expect=404)
        for query in ("page=0", "page=-3", "page=abc", "page_size=0", "page_size=x"):
            c.call(main, "GET", f"/v2/access-tokens?{query}", token=jwt, expect=400)

        # Create, get, patch, delete.
        expires = rfc3339(now + datetime.timedelta(days=30))
        _, _, made = c.call(main, "POST", "/v2/access-tokens",
                            {"token_label": "schema test 持续集成", "scopes": ["repo:write"], "expires_at": expires},
                            token=jwt, expect=201)
        c.check(bool(SECRET.match(made.get("token", ""))), f"201 secret {made.get('token')!r} has the wrong form")
        secret, uuid = made["token"], made["uuid"]
        c.check(made.get("creator_ua") == "emulator-schema-test/1.0", f"creator_ua {made.get('creator_ua')!r}")
        _, _, plain = c.call(main, "POST", "/v2/access-tokens/", {"token_label": "no expiry", "scopes": ["repo:read"]},
                             token=jwt, expect=201)
        _, _, got = c.call(main, "GET", f"/v2/access-tokens/{uuid}", token=jwt, expect=200)
        c.check(got.get("token") == "", "secret in a get reply")
        c.call(main, "PATCH", f"/v2/access-tokens/{uuid}", {"token_label": "renamed"}, token=jwt, expect=200)
        c.call(main, "PATCH", f"/v2/access-tokens/{uuid}/", {"is_active": False}, token=jwt, expect=200)
        c.call(main, "PATCH", f"/v2/access-tokens/{uuid}", {"scopes": ["repo:read"], "is_active": True}, token=jwt,
               expect=200)

        # 400s.
        bad_creates = {
            "label missing": {"scopes": ["repo:read"]},
            "label empty": {"token_label": "", "scopes": ["repo:read"]},
            "label 101": {"token_label": "x" * 101, "scopes": ["repo:read"]},
            "label 101 CJK": {"token_label": "本" * 101, "scopes": ["repo:read"]},
            "label number": {"token_label": 7, "scopes": ["repo:read"]},
            "scopes missing": {"token_label": "a"},
            "scopes empty": {"token_label": "a", "scopes": []},
            "scope unknown": {"token_label": "a", "scopes": ["repo:root"]},
            "scopes not a list": {"token_label": "a", "scopes": "repo:read"},
            "expiry past": {"token_label": "a", "scopes": ["repo:read"], "expires_at": rfc3339(now - datetime.timedelta(days=1))},
            "expiry > 1 year": {"token_label": "a", "scopes": ["repo:read"],
                                "expires_at": rfc3339(now + datetime.timedelta(days=367))},
            "expiry not a time": {"token_label": "a", "scopes": ["repo:read"], "expires_at": "next week"},
        }
        for what, body in bad_creates.items():
            _, _, doc = c.call(main, "POST", "/v2/access-tokens", body, token=jwt, expect=400, what=what)
            c.check(doc is not None and doc.get("fields"), f"{what}: no field errors in {doc}")
        c.call(main, "POST", "/v2/access-tokens", raw=b'{"token_label":', token=jwt, expect=400, what="malformed JSON")
        c.call(main, "POST", "/v2/access-tokens", raw=b"[1,2]", token=jwt, expect=400, what="array body")
        c.call(main, "PATCH", f"/v2/access-tokens/{uuid}", {"is_active": "yes"}, token=jwt, expect=400)
        c.call(main, "PATCH", f"/v2/access-tokens/{uuid}", {"token_label": ""}, token=jwt, expect=400)
        c.call(main, "PATCH", f"/v2/access-tokens/{uuid}", {"scopes": []}, token=jwt, expect=400)
        expired = next((t for t in first["results"] + c.call(main, "GET", "/v2/access-tokens?page_size=100",
                                                              token=jwt, expect=200)[2]["results"]
                        if t.get("expires_at") and parse_time(t["expires_at"]) < now), None)
        c.check(expired is not None, "the demo data has no expired token")
        if expired:
            c.call(main, "PATCH", f"/v2/access-tokens/{expired['uuid']}", {"is_active": True}, token=jwt, expect=400,
                   what="activate an expired token")

        # 401s.
        c.call(main, "GET", "/v2/access-tokens", expect=401, what="no bearer")
        head, payload, sig = jwt.split(".")
        forged_sig = ("A" if sig[0] != "A" else "B") + sig[1:]
        c.call(main, "GET", "/v2/access-tokens", token=f"{head}.{payload}.{forged_sig}", expect=401, what="forged")
        other_payload = jwt_2fa.split(".")[1]
        c.call(main, "GET", "/v2/access-tokens", token=f"{head}.{other_payload}.{sig}", expect=401, what="spliced")
        c.call(main, "GET", f"/v2/access-tokens/{uuid}", token="garbage", expect=401, what="garbage")
        _, _, doc = c.call(main, "GET", "/v2/access-tokens", token=secret, expect=401, what="raw PAT as bearer")
        c.check(doc == {"message": "unauthorized", "errinfo": {}}, f"raw PAT bearer body {doc}")
        c.call(main, "GET", "/v2/access-tokens", token=two_fa, expect=401, what="2FA token as bearer")

        # 403: sessions from a personal access token.
        _, _, doc = c.call(main, "POST", "/v2/users/login", {"username": "demo", "password": secret}, expect=200,
                           what="PAT as password")
        pat_jwt = doc["token"]
        _, _, doc = c.call(main, "POST", "/v2/auth/token", {"identifier": "demo", "secret": secret}, expect=200,
                           what="PAT as secret")
        pat_access = doc["access_token"]
        _, _, doc = c.call(main, "GET", "/v2/access-tokens", token=pat_jwt, expect=403)
        c.check(doc.get("message") == "token issued from personal access token is not allowed", f"403 body {doc}")
        c.call(main, "POST", "/v2/access-tokens", {"token_label": "x", "scopes": ["repo:read"]}, token=pat_access,
               expect=403)
        c.call(main, "GET", f"/v2/access-tokens/{uuid}", token=pat_jwt, expect=403)
        c.call(main, "PATCH", f"/v2/access-tokens/{uuid}", {"is_active": False}, token=pat_access, expect=403)
        c.call(main, "DELETE", f"/v2/access-tokens/{uuid}", token=pat_jwt, expect=403)
        _, _, got = c.call(main, "GET", f"/v2/access-tokens/{uuid}", token=jwt, expect=200)
        c.check(got.get("last_used") is not None, "signing in with a PAT did not update last_used")

        # 404s and 405.
        c.call(main, "GET", "/v2/access-tokens/00000000-0000-4000-8000-000000000000", token=jwt, expect=404)
        c.call(main, "GET", f"/v2/access-tokens/{uuid}", token=jwt_2fa, expect=404, what="another account's token")
        c.call(main, "DELETE", f"/v2/access-tokens/{uuid}", token=jwt_2fa, expect=404, what="another account's token")
        c.call(main, "GET", "/v2/repositories/demo", expect=404, what="unknown route")
        c.call(main, "GET", "/", expect=404, what="root")
        c.call(main, "PUT", "/v2/access-tokens", raw=b"{}", token=jwt, expect=405)
        c.call(main, "GET", "/v2/users/login", expect=405)

        # Delete.
        c.call(main, "DELETE", f"/v2/access-tokens/{uuid}", token=jwt, expect=204)
        c.call(main, "DELETE", f"/v2/access-tokens/{plain['uuid']}/", token=jwt, expect=204)
        c.call(main, "GET", f"/v2/access-tokens/{uuid}", token=jwt, expect=404, what="after delete")
        c.call(main, "POST", "/v2/users/login", {"username": "demo", "password": secret}, expect=401,
               what="deleted PAT")

        # Lockout (on a username nobody needs afterwards): 429 with Retry-After.
        for _ in range(5):
            c.call(main, "POST", "/v2/users/login", {"username": "mallory", "password": "guess"}, expect=401)
        _, headers, _ = c.call(main, "POST", "/v2/users/login", {"username": "mallory", "password": "guess"},
                               expect=429, what="locked")
        c.check(re.match(r"^\d+$", headers.get("Retry-After", "")) is not None, "lockout without Retry-After")
    finally:
        log = main.stop()
    for needle in ("dckr_pat_", "eyJ"):
        c.check(needle not in log, f"the request log contains {needle!r}")

    # An expired session.
    short = Emulator(binary, "--demo", "--session-lifetime", "1", "--quiet")
    try:
        _, _, doc = c.call(short, "POST", "/v2/users/login", {"username": "demo", "password": "demo"}, expect=200)
        time.sleep(2.1)
        _, _, doc = c.call(short, "GET", "/v2/access-tokens", token=doc["token"], expect=401, what="expired JWT")
        c.check(doc is not None and "expired" in doc.get("message", ""), f"expired JWT body {doc}")
    finally:
        short.stop()

    # Rate limits: Retry-After in seconds, then as a Unix time.
    for flags, unix in ((["--rate-limit", "3"], False), (["--rate-limit", "1", "--retry-after-unix"], True)):
        limited = Emulator(binary, "--demo", "--quiet", *flags)
        try:
            limit = int(flags[1])
            # The limiter counts in windows aligned to the clock's minute: keep every request of this check in one.
            if 60 - time.time() % 60 < 20:
                time.sleep(60 - time.time() % 60 + 0.5)
            for i in range(limit):
                _, headers, _ = c.call(limited, "GET", "/v2/nowhere", expect=404)
                c.check(headers.get("X-RateLimit-Remaining") == str(limit - 1 - i), "X-RateLimit-Remaining")
            _, headers, doc = c.call(limited, "POST", "/v2/users/login", {"username": "demo", "password": "demo"},
                                     expect=429)
            c.check(doc == {"detail": "Rate limit exceeded", "error": False}, f"429 body {doc}")
            retry = int(headers.get("Retry-After", "0"))
            if unix:
                c.check(retry > 10 ** 9 and retry == int(headers["X-RateLimit-Reset"]), f"Retry-After {retry}")
            else:
                c.check(1 <= retry <= 60, f"Retry-After {retry}")
        finally:
            limited.stop()

    # Injected failures are still JSON of the right shape.
    faulty = Emulator(binary, "--demo", "--quiet", "--failure-rate", "1", "--seed", "3")
    try:
        status, _, _ = c.call(faulty, "GET", "/v2/access-tokens", what="failure rate 1")
        c.check(status in (500, 502, 503), f"failure-rate 1 gave {status}")
    finally:
        faulty.stop()

    # Changes committed, then answered 502 (still JSON of the right shape), or left without any reply: either way
    # the change is there when the list is read again.
    for flag in ("--commit-then-fail-rate", "--lost-reply-rate"):
        emu = Emulator(binary, "--demo", "--quiet", "--rate-limit", "100000", flag, "1", "--seed", "5")
        try:
            _, _, doc = c.call(emu, "POST", "/v2/users/login", {"username": "demo", "password": "demo"}, expect=200)
            jwt = doc["token"]
            _, _, before = c.call(emu, "GET", "/v2/access-tokens?page_size=100", token=jwt, expect=200)
            label = "committed " + flag
            body = {"token_label": label, "scopes": ["repo:read"]}
            if flag == "--commit-then-fail-rate":
                c.call(emu, "POST", "/v2/access-tokens", body, token=jwt, expect=502, what=flag)
            else:
                req = urllib.request.Request(emu.url + "/v2/access-tokens", data=json.dumps(body).encode(),
                                             method="POST", headers={"Authorization": f"Bearer {jwt}",
                                                                     "Content-Type": "application/json"})
                try:
                    with urllib.request.urlopen(req, timeout=15) as r:
                        c.fail(f"{flag} 1: a create was answered {r.status}")
                except urllib.error.HTTPError as e:
                    c.fail(f"{flag} 1: a create was answered {e.code}")
                except (ConnectionError, OSError, urllib.error.URLError, http.client.HTTPException):
                    pass  # no reply: what a lost reply is
            _, _, after = c.call(emu, "GET", "/v2/access-tokens?page_size=100", token=jwt, expect=200, what=flag)
            labels = [t["token_label"] for t in (after or {}).get("results", [])]
            c.check(after is not None and before is not None and after["count"] == before["count"] + 1
                    and labels.count(label) == 1, f"{flag} 1: the create was not committed exactly once")
        finally:
            emu.stop()


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    binary = sys.argv[1]
    contract = sys.argv[2] if len(sys.argv) > 2 else os.environ.get("HUBTOKENS_OPENAPI", "")
    if not contract or not os.path.exists(contract):
        print(f"{PREFIX}: OpenAPI contract not found ({contract!r}); pass it or set HUBTOKENS_OPENAPI", file=sys.stderr)
        return 2
    started = time.monotonic()
    checker = Checker(load_contract(contract))
    try:
        drive(binary, checker)
    except Failure as e:
        checker.fail(str(e))
    except Exception as e:  # a crash in the driver is a failure too, with its cause
        checker.fail(f"{type(e).__name__}: {e}")
    elapsed = time.monotonic() - started
    if checker.failures:
        print(f"{PREFIX}: {len(checker.failures)} problem(s); {checker.validated} replies validated", file=sys.stderr)
        return 1
    print(f"{PREFIX}: {checker.validated} replies validated "
          f"({len(checker.pairs)} route/method/status combinations) in {elapsed:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
