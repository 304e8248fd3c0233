# -*- coding:utf-8 -*-
"""FunctionGraph timer relay for nodebatch.

FunctionGraph HTTP functions take API Gateway triggers only, so a timer cannot invoke nodebatch directly. This
event function takes the timer's event and calls the nodebatch function it names through its API:
user_event = {"function": "<nodebatch function>", "input": {<that function's input>}}.
A run the function refused (HTTP status other than 200, or status REJECTED) fails this invocation.
"""
import json
import os
import re
import urllib.error
import urllib.request

FUNCTION_NAME = re.compile(r"^[a-z][a-z0-9-]{0,62}$")


def handler(event, context):
    schedule = json.loads(event["user_event"])
    function = schedule["function"]
    if not FUNCTION_NAME.match(function):
        raise ValueError("user_event names no nodebatch function: %r" % function)
    request = urllib.request.Request(
        _setting(context, "NODEBATCH_API_URL").rstrip("/") + "/" + function,
        data=json.dumps(schedule["input"]).encode("utf-8"),
        method="POST",
        headers={"Content-Type": "application/json",
                 "X-Apig-AppCode": _setting(context, "NODEBATCH_APP_CODE")})
    try:
        with urllib.request.urlopen(request, timeout=float(_setting(context, "NODEBATCH_TIMEOUT_SECONDS"))) as answer:
            result = json.loads(answer.read().decode("utf-8"))
    except urllib.error.HTTPError as refused:
        raise RuntimeError("%s answered HTTP %d: %s" % (function, refused.code, refused.read()[:2000]))
    summary = {"function": function, "status": result.get("status"),
               "invocationId": result.get("invocationId"), "counts": result.get("counts")}
    print(json.dumps(summary))
    if result.get("status") == "REJECTED":
        raise RuntimeError("%s refused the scheduled input: %s" % (function, json.dumps(result.get("errors"))))
    return summary


def _setting(context, name):
    value = os.environ.get(name)
    if value is None and context is not None:
        value = context.getUserData(name)
    if value is None:
        raise KeyError("the relay's environment variable %s is not set" % name)
    return value
