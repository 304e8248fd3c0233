terraform {
  required_version = ">= 1.3"
  required_providers {
    huaweicloud = {
      source  = "huaweicloud/huaweicloud"
      # enable_auth_in_header and the fields below as of 1.74
      version = ">= 1.74.0"
    }
  }
}
