-- Art. 25: the hosts the product may send webhooks to, kept by an administrator. A destination not
-- listed here is refused, at save time and again at send time. Addresses of this machine and of
-- its internal ranges (loopback, link-local, unspecified, multicast, the product's own ports) are
-- refused even for a listed host unless its entry explicitly allows them (allow_internal).
CREATE TABLE outbound_host (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  host            VARCHAR(253) NOT NULL,
  -- NULL: any port of the host
  port            INT          NULL,
  allow_internal  BOOLEAN      NOT NULL DEFAULT FALSE,
  note            VARCHAR(200) NULL,
  created_at      DATETIME(3)  NOT NULL,
  created_by      VARCHAR(100) NOT NULL,
  UNIQUE KEY ux_outbound_host (host, port)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
