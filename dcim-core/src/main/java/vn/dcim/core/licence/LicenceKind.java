package vn.dcim.core.licence;

/** How a software asset is licensed; unknown and unlicensed are breaches of Art. 10.3. */
public enum LicenceKind {
    perpetual, subscription, volume, oem, open_source, freeware, unlicensed, unknown
}
