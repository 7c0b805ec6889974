// Neo4j 5 syntax: the local stack's graph servers are Neo4j Community.
CREATE CONSTRAINT cutover_demo_customer_id IF NOT EXISTS FOR (c:DemoCustomer) REQUIRE c.id IS UNIQUE;
