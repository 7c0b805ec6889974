# The plan reads these as ${steps.infra.outputs.<name>}.

output "db_instance" {
  value       = terraform_data.database.output.instance
  description = "the RDS instance identifier (the snapshot step's instance)"
}

output "db_endpoint" {
  value       = terraform_data.database.output.address
  description = "host of the database (the migration's target)"
}

output "db_port" {
  value = terraform_data.database.output.port
}

output "db_name" {
  value = terraform_data.database.output.name
}

output "cache_name" {
  value       = terraform_data.cache.output.name
  description = "the ElastiCache replication group id"
}

output "cache_auth_secret_arn" {
  value       = terraform_data.cache.output.auth_secret_arn
  description = "ARN of the secret holding the cache's AUTH token (an ARN, not the token)"
}
