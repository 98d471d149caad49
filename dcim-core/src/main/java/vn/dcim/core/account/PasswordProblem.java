package vn.dcim.core.account;

/** Why a password is refused (Art. 15.1; QĐ 22/2021 Art. 6.1). Screens translate the code. */
public enum PasswordProblem {
    TOO_SHORT("is shorter than the policy's minimum (8 characters, 11 for an administrator)"),
    NO_LOWER_CASE("has no lower-case letter"),
    NO_UPPER_CASE("has no upper-case letter"),
    NO_DIGIT("has no digit"),
    NO_SPECIAL("has no special character"),
    CONTAINS_USERNAME("contains the user name"),
    CONTAINS_BIRTH_DATE("contains the birth date"),
    CONTAINS_PHONE("contains the phone number"),
    REUSED("is one of the last passwords of this account"),
    TOO_LONG("is longer than 128 characters");

    private final String text;

    PasswordProblem(String text) {
        this.text = text;
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** English text for API clients and logs. */
    public String text() {
        return "the password " + text;
    }
}
