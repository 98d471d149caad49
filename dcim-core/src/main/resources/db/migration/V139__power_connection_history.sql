-- The history of power connections: which power port drew through which PDU outlet, from when until when, and the
-- watts allocated to it then. A cable is deleted when it is unplugged, so without this the allocated power of a past
-- day (a rack's, a PDU's, a UPS's, a feed's) could not be known. Every power cord plugged in now starts its span when
-- its cable was made; cords unplugged before this table existed are read back from the registry's trail.
CREATE TABLE power_connection_span (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  cable_id        BIGINT       NOT NULL,
  power_port_id   BIGINT       NOT NULL,
  outlet_port_id  BIGINT       NOT NULL,
  device_asset_id BIGINT       NOT NULL,
  pdu_asset_id    BIGINT       NOT NULL,
  allocated_w     INT          NOT NULL,
  connected_at    DATETIME(3)  NOT NULL,
  disconnected_at DATETIME(3)  NULL,
  UNIQUE KEY uq_power_connection_span_cable (cable_id),
  KEY ix_power_connection_span_pdu (pdu_asset_id),
  KEY ix_power_connection_span_until (disconnected_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO power_connection_span (cable_id, power_port_id, outlet_port_id, device_asset_id, pdu_asset_id, allocated_w, connected_at)
SELECT c.id, pp.id, po.id, pp.asset_id, po.asset_id, COALESCE(pp.allocated_draw_w, pp.maximum_draw_w, 0), c.created_at
FROM cable c
JOIN cable_termination tp ON tp.cable_id = c.id
JOIN cabling_port pp ON pp.id = tp.port_id AND pp.kind = 'power_port'
JOIN cable_termination tq ON tq.cable_id = c.id AND tq.id <> tp.id
JOIN cabling_port po ON po.id = tq.port_id AND po.kind = 'power_outlet';
