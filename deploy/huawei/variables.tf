variable "code_zip" {
  description = "The HTTP function's code package: target/functiongraph.zip from deploy/huawei/package.sh"
  type        = string
  default     = "../../target/functiongraph.zip"
}

variable "function_name" {
  description = "Name of the FunctionGraph HTTP function that serves every nodebatch function"
  type        = string
  default     = "nodebatch"
}

variable "memory_size" {
  description = "Memory of the HTTP function in MB (the JVM takes 75 % of it as its maximum heap)"
  type        = number
  default     = 1024
}

variable "timeout" {
  description = "Timeout of the HTTP function in seconds; the batch deadline is set 5 s below it"
  type        = number
  default     = 300
}

variable "huaweicloud_ak" {
  description = "Access key of the IAM user the functions sign with (least privilege: only the five APIs used)"
  type        = string
  sensitive   = true
}

variable "huaweicloud_sk" {
  description = "Secret key of that IAM user"
  type        = string
  sensitive   = true
}

variable "apig_instance_id" {
  description = "ID of the dedicated API Gateway instance that fronts the functions"
  type        = string
}

variable "apig_group_id" {
  description = "ID of the API group the functions' APIs go into"
  type        = string
}

variable "apig_env_id" {
  description = "ID of the API Gateway environment the APIs are published to"
  type        = string
}

variable "apig_env_name" {
  description = "Name of that environment (RELEASE by default)"
  type        = string
  default     = "RELEASE"
}

variable "apig_application_id" {
  description = "ID of the API Gateway application whose AppCode callers (and the timer relay) present"
  type        = string
}

variable "apig_app_code" {
  description = "An AppCode of that application, for the timer relay"
  type        = string
  sensitive   = true
}

variable "api_url" {
  description = "Base URL of the API group (its domain, with https://), for the timer relay"
  type        = string
}

variable "schedules_enabled" {
  description = "Whether the example timers run; they are examples against example resources, so off by default"
  type        = bool
  default     = false
}
