package vn.dcim.core.records;

/**
 * Art. 12.1 (QĐ 11/2023): the record types the centre keeps, letters (a) to (k) of the article; {@code dd}
 * is the Vietnamese letter đ. (k) "other technical documents" is a catch-all: it is accepted in the
 * register but never required, since the article names nothing in it.
 */
public enum RecordType {
    a("rules on managing, deploying and operating the systems"),
    b("technical operating procedures"),
    c("warranty and maintenance procedures"),
    d("design dossiers, technical descriptions, as-built records"),
    dd("administration dossiers of the information systems"),
    e("records of the services provided"),
    g("equipment list, equipment awaiting disposal, handover minutes"),
    h("inspection and assessment documents and minutes"),
    i("system administration reports and operation logs"),
    k("other technical documents");

    private final String meaning;

    RecordType(String meaning) {
        this.meaning = meaning;
    }

    public String meaning() {
        return meaning;
    }

    /** The letter as the regulation writes it: đ for dd. */
    public String letter() {
        return this == dd ? "đ" : name();
    }

    public boolean required() {
        return this != k;
    }
}
