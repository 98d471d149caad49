package vn.dcim.core.account;

public enum AccountStatus {
    active, suspended
}
