package vn.dcim.mqtt.topic;

import java.util.List;
import java.util.Map;

/** One file of {@code topics/}: the kinds of device it serves and their channels. */
record SourceFamily(List<String> kinds, Map<String, ChannelMapping> channels) {
}
