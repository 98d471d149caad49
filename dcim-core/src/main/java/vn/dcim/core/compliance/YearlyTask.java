package vn.dcim.core.compliance;

/** The yearly duties the regulation sets for people, with the article that sets them. */
public enum YearlyTask {
    vulnerability_assessment("Art. 27.6", "Đánh giá lỗ hổng bảo mật toàn hệ thống / whole-system vulnerability assessment"),
    malware_scan("Art. 24.4", "Kiểm tra, rà quét mã độc toàn hệ thống / whole-system malware scan"),
    security_training("Art. 32.2", "Tập huấn an toàn thông tin cơ bản / basic security training for users");

    private final String article;
    private final String title;

    YearlyTask(String article, String title) {
        this.article = article;
        this.title = title;
    }

    public String article() {
        return article;
    }

    public String title() {
        return title;
    }
}
