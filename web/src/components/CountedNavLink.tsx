import { Badge, NavLink } from "@mantine/core";
import { Link } from "react-router";

/** A way in that shows how many things are waiting there, so they are not missed. */
export function CountedNavLink({
  to,
  label,
  count,
  testId,
  active,
  onClick,
}: {
  to: string;
  label: string;
  count: number;
  testId: string;
  active: boolean;
  onClick: () => void;
}) {
  return (
    <NavLink
      component={Link}
      to={to}
      label={label}
      active={active}
      onClick={onClick}
      rightSection={
        count > 0 ? (
          <Badge size="sm" color="orange" circle data-testid={testId}>
            {count}
          </Badge>
        ) : null
      }
    />
  );
}
