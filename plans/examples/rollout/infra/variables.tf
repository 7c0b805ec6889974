variable "name" {
  type        = string
  default     = "shop"
  description = "prefix of the base's names: the RDS instance <name>-db, the cache <name>-cache"

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{0,33}$", var.name))
    error_message = "name: lower-case letters, digits and hyphens, starting with a letter, at most 34 characters (the cache id <name>-cache has at most 40)."
  }
}

# What the stand-in cannot create, passed in. A real base creates these and has no such variables.

variable "db_host" {
  type        = string
  description = "the database's address (aws_db_instance.app.address)"
}

variable "db_port" {
  type        = number
  default     = 5432
  description = "the database's port"
}

variable "db_name" {
  type        = string
  default     = "shop"
  description = "the application's database on the instance"
}

variable "cache_auth_secret_arn" {
  type        = string
  description = "ARN of the Secrets Manager secret whose JSON field token is the cache's AUTH token"
}
