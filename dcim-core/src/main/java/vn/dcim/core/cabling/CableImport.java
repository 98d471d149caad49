package vn.dcim.core.cabling;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.dcim.core.asset.Asset;
import vn.dcim.core.asset.AssetRepository;
import vn.dcim.core.asset.ImportResult;
import vn.dcim.core.asset.ImportRow;
import vn.dcim.core.asset.RowImport;
import vn.dcim.core.error.InvalidInputException;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * Imports cables from a sheet, one per row: {@code label, a_asset, a_port, b_asset, b_port, type,
 * colour, length_m}, an asset named by its label code. All or nothing, like the asset import: every
 * row is connected in one transaction exactly as the API would (so a port used twice in the file is
 * caught too); a dry run or any bad row rolls it back and lists every bad row with its field.
 */
@Singleton
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CableImport {
    public static final List<String> COLUMNS = List.of("label", "a_asset", "a_port", "b_asset", "b_port", "type", "colour", "length_m");

    private final Attempt attempt;

    public ImportResult run(List<ImportRow> rows, boolean dryRun, String actor) {
        return RowImport.run(() -> attempt.connect(rows, dryRun, actor));
    }

    /** The transactional part; a separate bean so that its transaction advice applies. */
    @Singleton
    @RequiredArgsConstructor(access = AccessLevel.PACKAGE)
    static class Attempt {
        private final Cabling cabling;
        private final AssetRepository assets;
        private final PortRepository ports;

        @Transactional
        public ImportResult connect(List<ImportRow> rows, boolean dryRun, String actor) {
            return RowImport.apply(rows, dryRun, row -> {
                Port a = port(row, "a_asset", "a_port");
                Port b = port(row, "b_asset", "b_port");
                cabling.connect(a.id(), b.id(), new NewCable(row.cell("label"), type(row), row.cell("colour"), length(row)), actor);
            }, Attempt::column);
        }

        private static String column(String field) {
            return switch (field) {
                case "aPortId" -> "a_port";
                case "bPortId" -> "b_port";
                default -> field;
            };
        }

        private Port port(ImportRow row, String assetColumn, String portColumn) {
            String code = row.cell(assetColumn);
            if (code == null) {
                throw new InvalidInputException(assetColumn, assetColumn + " is empty").explained("error.cabling.import-empty", assetColumn);
            }
            Asset asset = assets.findByLabelCode(code).orElseThrow(() -> new InvalidInputException(assetColumn,
                    "no asset has the label " + code).explained("error.cabling.import-asset", code));
            String name = row.cell(portColumn);
            if (name == null) {
                throw new InvalidInputException(portColumn, portColumn + " is empty").explained("error.cabling.import-empty", portColumn);
            }
            return ports.findByAssetIdAndName(asset.id(), name).orElseThrow(() -> new InvalidInputException(portColumn,
                    asset.name() + " has no port " + name).explained("error.cabling.import-port", asset.name(), name));
        }

        private static CableType type(ImportRow row) {
            String t = row.cell("type");
            try {
                return CableType.valueOf(t == null ? "" : t.toLowerCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("type", "type " + t + " is not a cable type").explained("error.cabling.import-type", t);
            }
        }

        private static BigDecimal length(ImportRow row) {
            String l = row.cell("length_m");
            if (l == null) {
                return null;
            }
            try {
                BigDecimal v = new BigDecimal(l.replace(',', '.'));
                if (v.signum() < 0 || v.compareTo(new BigDecimal("999999")) > 0) {
                    throw new NumberFormatException();
                }
                return v;
            } catch (NumberFormatException e) {
                throw new InvalidInputException("length_m", "length_m " + l + " is not a length in metres").explained("error.cabling.import-length", l);
            }
        }
    }
}
