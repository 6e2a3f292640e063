import { useApprovals } from "../../resolution-api";
import { CountedNavLink } from "../CountedNavLink";

/** For supervisors and admins: approvals waiting. */
export function ApprovalsNavLink({ active, onClick }: { active: boolean; onClick: () => void }) {
  const waiting = useApprovals("pending").data?.items.length ?? 0;
  return (
    <CountedNavLink
      to="/approvals"
      label="Approvals"
      count={waiting}
      testId="approval-count"
      active={active}
      onClick={onClick}
    />
  );
}
