import { NumberInput, Table } from "@mantine/core";
import type { CompensationSettings } from "../../resolution-api";

type Roles = CompensationSettings["authority"]["roles"];
const roleNames: Record<keyof Roles, string> = {
  agent: "Agents",
  specialist: "Specialists",
  supervisor: "Supervisors",
  admin: "Admins",
};

// Limits are typed in whole currency units and stored in minor units; empty means no limit.
function LimitInput({
  value,
  onChange,
  label,
}: {
  value: number | null;
  onChange: (v: number | null) => void;
  label: string;
}) {
  return (
    <NumberInput
      size="xs"
      aria-label={label}
      w={130}
      min={0}
      placeholder="no limit"
      value={value === null ? "" : value / 100}
      onChange={(next) => onChange(next === "" ? null : Math.round(Number(next) * 100))}
    />
  );
}

export function AuthorityTable({ roles, onChange }: { roles: Roles; onChange: (roles: Roles) => void }) {
  return (
    <Table verticalSpacing={4} data-testid="authority-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Role</Table.Th>
          <Table.Th>Per case</Table.Th>
          <Table.Th>Per month</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {(Object.keys(roleNames) as (keyof Roles)[]).map((role) => (
          <Table.Tr key={role}>
            <Table.Td>{roleNames[role]}</Table.Td>
            <Table.Td>
              <LimitInput
                label={`${roleNames[role]} per case`}
                value={roles[role].perCase}
                onChange={(perCase) => onChange({ ...roles, [role]: { ...roles[role], perCase } })}
              />
            </Table.Td>
            <Table.Td>
              <LimitInput
                label={`${roleNames[role]} per month`}
                value={roles[role].perMonth}
                onChange={(perMonth) => onChange({ ...roles, [role]: { ...roles[role], perMonth } })}
              />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
