# The base of the shop's rollout, as a stand-in that runs anywhere: no provider can be downloaded on
# the local stack, so each resource is OpenTofu's built-in terraform_data holding what the real
# resource would report. On AWS, this folder is the real base (VPC, subnet groups, security groups,
# the RDS instance, the Secrets Manager secret): keep the outputs' names and the plan works
# unchanged (see ../../README.md).

terraform {
  # Local state in the folder the plan's backendConfig names (path, workspace_dir). On AWS:
  # backend "s3" {} with bucket, key, region and dynamodb_table in the plan's backendConfig.
  backend "local" {}
}

# Stands for aws_db_instance.app: its identifier, address, port and database.
resource "terraform_data" "database" {
  input = {
    instance = "${var.name}-db"
    address  = var.db_host
    port     = var.db_port
    name     = var.db_name
  }
}

# Stands for what the cache needs from the base (its subnet group, security group, the secret
# holding its AUTH token); the replication group itself is the plan's elasticache step.
resource "terraform_data" "cache" {
  input = {
    name            = "${var.name}-cache"
    auth_secret_arn = var.cache_auth_secret_arn
  }
}
