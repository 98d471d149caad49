package vn.dcim.core.incident;

/**
 * Art. 34.1 (levels defined in QĐ 22/2021 Art. 9.1): low affects individuals; medium a large group of
 * users without stopping main operations; high makes a device or system unusable for one main
 * activity; serious breaks the continuity of several, or puts the Data Integration Center at risk.
 */
public enum SecurityLevel {
    low, medium, high, serious
}
