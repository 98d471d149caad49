package vn.dcim.mqtt.testing

class FreePort {
    static int find() {
        new ServerSocket(0, 1, InetAddress.loopbackAddress).withCloseable { it.localPort }
    }
}
