import { Badge, NavLink } from "@mantine/core";
import { Link } from "react-router";
import { useApprovals } from "../../resolution-api";

/** For supervisors and admins: approvals waiting, counted so they are not missed. */
export function ApprovalsNavLink({ active, onClick }: { active: boolean; onClick: () => void }) {
  const waiting = useApprovals("pending").data?.items.length ?? 0;
  return (
    <NavLink
      component={Link}
      to="/approvals"
      label="Approvals"
      active={active}
      onClick={onClick}
      rightSection={
        waiting > 0 ? (
          <Badge size="sm" color="orange" circle data-testid="approval-count">
            {waiting}
          </Badge>
        ) : null
      }
    />
  );
}
