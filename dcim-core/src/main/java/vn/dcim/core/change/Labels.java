package vn.dcim.core.change;

import io.micronaut.core.annotation.Nullable;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a scanned label says: the QR of a rack's or asset's page holds its URL ({public url}/ui/racks/{id},
 * /ui/assets/{id}), a printed label its name or label code. The same reading the stock-take makes of a code.
 */
final class Labels {
    private static final Pattern ASSET_URL = Pattern.compile("/ui/assets/(\\d{1,18})(?:[/?#].*)?$");
    private static final Pattern RACK_URL = Pattern.compile("/ui/racks/(\\d{1,18})(?:[/?#].*)?$");

    private Labels() {
    }

    /** Whether the code names the rack: its page's URL or its name. */
    static boolean isRack(@Nullable String code, long rackId, String rackName) {
        return names(code, RACK_URL, rackId, rackName);
    }

    /** Whether the code names the asset: its page's URL or its label code. */
    static boolean isAsset(@Nullable String code, long assetId, @Nullable String labelCode) {
        return names(code, ASSET_URL, assetId, labelCode);
    }

    private static boolean names(@Nullable String code, Pattern url, long id, @Nullable String name) {
        if (code == null || code.isBlank()) {
            return false;
        }
        String c = code.strip();
        Matcher m = url.matcher(c);
        if (m.find()) {
            return Long.parseLong(m.group(1)) == id;
        }
        return name != null && name.equalsIgnoreCase(c);
    }
}
