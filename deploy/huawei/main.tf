# nodebatch on Huawei Cloud FunctionGraph: one HTTP function serves every nodebatch function at POST /<function>,
# behind a dedicated API Gateway (one API per function, AppCode authentication), and timers run functions with a
# fixed input through a small relay function (FunctionGraph HTTP functions accept API Gateway triggers only).

locals {
  # The functions the application exports (GET / lists them); DeployTemplatesTest keeps this list exact.
  functions = [
    "azure-batch-nodes-reimage",
    "huawei-dcs-nodes-start-stop",
    "huawei-elb-members-update",
    "huawei-geminidb-patch",
    "huawei-modelarts-nodes-update",
    "job-status",
  ]

  # Each timer: the function it runs, its input (a plain input file, checked by a dry run in the build) and when.
  # FunctionGraph cron: seconds minutes hours day-of-month month day-of-week, in UTC.
  schedules = {
    "elb-drain-nightly" = {
      function = "huawei-elb-members-update"
      input    = "examples/huawei-elb-members-update/drain-nightly.json"
      cron     = "0 0 2 * * ?"
    }
    "geminidb-patch-sundays" = {
      function = "huawei-geminidb-patch"
      input    = "examples/huawei-geminidb-patch/patch-sundays.json"
      cron     = "0 0 3 ? * SUN"
    }
  }
}

resource "huaweicloud_fgs_function" "nodebatch" {
  name        = var.function_name
  app         = "default"
  description = "nodebatch: batch operations on cloud nodes, one function per path"
  runtime     = "http"
  handler     = "bootstrap"
  code_type   = "zip"
  # code_filename + func_code: the zip inline (Base64); for packages over the inline limit use code_type "obs"
  code_filename = "functiongraph.zip"
  func_code     = filebase64(var.code_zip)
  memory_size   = var.memory_size
  timeout       = var.timeout

  user_data = jsonencode({
    NODEBATCH_BATCH_DEADLINE = "${var.timeout - 5}s"
  })
  # Credentials as encrypted environment variables (see README: why not the agency's temporary keys yet)
  encrypted_user_data = jsonencode({
    HUAWEICLOUD_SDK_AK = var.huaweicloud_ak
    HUAWEICLOUD_SDK_SK = var.huaweicloud_sk
  })
}

# The APIG trigger: one API per function, POST /<function>, passed to the HTTP function as is.
resource "huaweicloud_apig_api" "function" {
  for_each = toset(local.functions)

  instance_id             = var.apig_instance_id
  group_id                = var.apig_group_id
  type                    = "Public"
  name                    = "nodebatch_${replace(each.value, "-", "_")}"
  request_protocol        = "HTTPS"
  request_method          = "POST"
  request_path            = "/${each.value}"
  matching                = "Exact"
  security_authentication = "APP"
  simple_authentication   = true
  content_type            = "application/json"

  func_graph {
    function_urn    = huaweicloud_fgs_function.nodebatch.urn
    version         = "latest"
    timeout         = var.timeout * 1000
    invocation_type = "sync"
  }
}

resource "huaweicloud_apig_api_publishment" "function" {
  for_each = huaweicloud_apig_api.function

  instance_id = var.apig_instance_id
  env_id      = var.apig_env_id
  api_id      = each.value.id
}

resource "huaweicloud_apig_application_authorization" "callers" {
  depends_on = [huaweicloud_apig_api_publishment.function]

  instance_id    = var.apig_instance_id
  application_id = var.apig_application_id
  env_id         = var.apig_env_id
  api_ids        = [for api in huaweicloud_apig_api.function : api.id]
}

# The timer relay: an event function that posts a timer's input to the function's API.
resource "huaweicloud_fgs_function" "timer_relay" {
  name        = "${var.function_name}-timer-relay"
  app         = "default"
  description = "Runs a nodebatch function with a timer's fixed input through its API"
  runtime     = "Python3.9"
  handler     = "index.handler"
  code_type   = "inline"
  func_code   = base64encode(file("${path.module}/timer-relay/index.py"))
  memory_size = 128
  timeout     = var.timeout

  user_data = jsonencode({
    NODEBATCH_API_URL         = var.api_url
    NODEBATCH_TIMEOUT_SECONDS = tostring(var.timeout - 2)
  })
  encrypted_user_data = jsonencode({
    NODEBATCH_APP_CODE = var.apig_app_code
  })
}

resource "huaweicloud_fgs_function_trigger" "schedule" {
  for_each = local.schedules

  function_urn = huaweicloud_fgs_function.timer_relay.urn
  type         = "TIMER"
  status       = var.schedules_enabled ? "ACTIVE" : "DISABLED"
  event_data = jsonencode({
    name          = each.key
    schedule_type = "Cron"
    schedule      = each.value.cron
    user_event = jsonencode({
      function = each.value.function
      input    = jsondecode(file("${path.module}/${each.value.input}"))
    })
  })
}

output "function_urn" {
  value = huaweicloud_fgs_function.nodebatch.urn
}
