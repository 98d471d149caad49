package vn.dcim.core.compliance;

/** Published when a finding appears ({@code raised}) or is resolved: the notifications follow it. */
public record ComplianceFindingChanged(ComplianceFinding finding, boolean raised) {
}
