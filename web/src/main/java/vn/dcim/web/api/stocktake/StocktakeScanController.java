package vn.dcim.web.api.stocktake;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.error.InvalidInputException;
import vn.dcim.core.site.Room;
import vn.dcim.core.stocktake.NewScan;
import vn.dcim.core.stocktake.ScanResult;
import vn.dcim.core.stocktake.Stocktakes;
import vn.dcim.core.time.PlausibleTime;
import vn.dcim.web.api.error.ApiError;
import vn.dcim.web.i18n.Texts;
import vn.dcim.web.security.SignedIn;
import vn.dcim.web.scope.ScopeAware;

import java.time.Instant;
import java.util.List;

/**
 * What the crew's phone sends during a stock-take: the room or rack label where they stand, then the
 * asset labels they see. Scans carry the phone's own id, so a queue kept offline and sent twice is
 * stored once (the second answer says duplicate).
 */
@Tag(name = "Stock-take scans", description = "Scanning during a stock-take: locate by room/rack label, scan asset labels")
// a stock-take counts a site's rooms: staff limited to the site take part, an agency's account does not
@ScopeAware(id = ScopeAware.Id.stocktake, agencies = false)
@Controller("/api/stocktakes/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class StocktakeScanController {
    /** A camera frame is a small JPEG (the page draws it at most 640 pixels wide); a photo may be larger. */
    static final int MAX_FRAME_BYTES = 512 * 1024;

    private final Stocktakes stocktakes;
    private final FrameThrottle throttle;
    private final Texts texts;

    @Serdeable
    record LocateCommand(@NotBlank @Size(max = 300) String code) {
    }

    @Serdeable
    record LocationView(StocktakeViews.RoomBrief room, @Nullable Long rackId, @Nullable String rack) {
    }

    @Serdeable
    record ScanCommand(@NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._:-]+") String scanId,
                       @NotNull @Positive Long roomId, @Nullable @Positive Long rackId,
                       @NotBlank @Size(max = 300) String code, @Nullable @PlausibleTime Instant scannedAt) {
    }

    @Serdeable
    record DecodedView(String code) {
    }

    /** What a camera frame showed: the code read, or null when the frame holds none (the next frame may). */
    @Serdeable
    record FrameView(@Nullable String code) {
    }

    @Operation(summary = "Where the crew stands: a room or rack label (the QR of its page, the rack's or room's name)")
    @Post("/locate")
    LocationView locate(@PathVariable long id, @Valid @Body LocateCommand c) {
        Stocktakes.Location l = stocktakes.locate(id, c.code());
        return new LocationView(StocktakeViews.RoomBrief.of(l.room()), l.rack() == null ? null : l.rack().id(),
                l.rack() == null ? null : l.rack().name());
    }

    @Operation(summary = "Scan an asset label: found here, misplaced (registered in another room) or unknown",
            description = "code is the label code or the URL of the asset's QR code. The same scanId again is not "
                    + "stored twice: the first answer comes back with duplicate=true.")
    @Post("/scans")
    StocktakeViews.ScanView scan(HttpRequest<?> request, @PathVariable long id, @Valid @Body ScanCommand c) {
        ScanResult r = stocktakes.scan(id, new NewScan(c.scanId(), c.roomId(), c.rackId(), c.code(), c.scannedAt()),
                SignedIn.name(request));
        return StocktakeViews.ScanView.of(r, room(id, r.scan().roomId()));
    }

    @Operation(summary = "The scans of a stock-take, oldest first")
    @Get("/scans")
    List<StocktakeViews.ScanView> scans(@PathVariable long id) {
        return stocktakes.scans(id).stream().map(s -> StocktakeViews.ScanView.of(
                new ScanResult(s, null, null, false), room(id, s.roomId()))).toList();
    }

    @Operation(summary = "Read the QR code in a photo (the fallback of a phone without live camera scanning)",
            description = "The body is the image (JPEG or PNG, at most 10 MB, any content type: phones label photos "
                    + "differently); the answer is the code read, else 422.")
    @Post(value = "/decode", consumes = MediaType.ALL)
    HttpResponse<DecodedView> decode(@PathVariable long id, @Body byte[] image) {
        stocktakes.get(id);
        if (image.length > 10 * 1024 * 1024) {
            throw new InvalidInputException("image", "the photo is larger than 10 MB").explained("error.stocktake.photo-large");
        }
        return HttpResponse.ok(new DecodedView(PhotoCodes.read(image)));
    }

    @Operation(summary = "Read a camera frame (live scanning in a browser without BarcodeDetector)",
            description = "The page grabs a frame of the camera about every 700 ms and sends it here as JPEG or PNG of "
                    + "at most 512 kB; the answer is the code read, or code=null when the frame shows none. At most "
                    + FrameThrottle.FRAMES + " frames per person in 2 s, else 429.")
    @Post(value = "/frames", consumes = MediaType.ALL)
    HttpResponse<?> frame(HttpRequest<?> request, @PathVariable long id, @Body byte[] image) {
        stocktakes.get(id);
        if (image.length > MAX_FRAME_BYTES) {
            throw new InvalidInputException("image", "a camera frame is larger than 512 kB").explained("error.stocktake.frame-large");
        }
        if (!throttle.admit(SignedIn.name(request))) {
            String message = texts.get(request, "error.stocktake.frames-too-fast", "Too many camera frames, wait a moment");
            return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS)
                    .body(new ApiError(429, HttpStatus.TOO_MANY_REQUESTS.getReason(), message, List.of()));
        }
        return HttpResponse.ok(new FrameView(PhotoCodes.find(image).orElse(null)));
    }

    private Room room(long id, long roomId) {
        return stocktakes.roomsOf(id).stream().filter(r -> r.id() == roomId).findFirst().orElse(null);
    }
}
