import { Button, Checkbox, Group, NumberInput, Select, Table, TextInput } from "@mantine/core";
import { useState } from "react";
import type { CompensationSettings, Unit } from "../../resolution-api";

type Item = CompensationSettings["catalog"][number];

const unitLabels: Record<Unit, string> = { money: "Money", percent: "Percent off", item: "Item" };
const costHelp: Record<Unit, string> = {
  money: "share of the amount (1 = all of it)",
  percent: "cents per percent point",
  item: "cents per item",
};

/** The accommodations agents may give, with what each costs the company. */
export function CatalogEditor({ items, onChange }: { items: Item[]; onChange: (items: Item[]) => void }) {
  const [newLabel, setNewLabel] = useState("");
  const update = (index: number, change: Partial<Item>) =>
    onChange(items.map((item, i) => (i === index ? { ...item, ...change } : item)));
  const add = () => {
    const label = newLabel.trim();
    const type = label
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "_")
      .replace(/^_+|_+$/g, "")
      .replace(/^(\d)/, "x$1")
      .slice(0, 40);
    if (!type || items.some((item) => item.type === type)) return;
    onChange([
      ...items,
      {
        type,
        label,
        unit: "money",
        costPerUnit: 1,
        asksOfCustomer: null,
        exclusive: false,
        separateMessage: false,
        active: true,
      },
    ]);
    setNewLabel("");
  };
  return (
    <>
      <Table.ScrollContainer minWidth={720}>
        <Table verticalSpacing={4} data-testid="catalog-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Item</Table.Th>
              <Table.Th>Counted in</Table.Th>
              <Table.Th>Cost to us</Table.Th>
              <Table.Th>Asks of the customer</Table.Th>
              <Table.Th>Exclusive</Table.Th>
              <Table.Th>Offered</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item, index) => (
              <Table.Tr key={item.type}>
                <Table.Td>
                  <TextInput
                    size="xs"
                    aria-label="Label"
                    value={item.label}
                    onChange={(e) => update(index, { label: e.currentTarget.value })}
                  />
                </Table.Td>
                <Table.Td>
                  <Select
                    size="xs"
                    aria-label="Counted in"
                    w={120}
                    data={Object.entries(unitLabels).map(([value, label]) => ({ value, label }))}
                    value={item.unit}
                    onChange={(value) => value && update(index, { unit: value as Unit })}
                    allowDeselect={false}
                  />
                </Table.Td>
                <Table.Td>
                  <NumberInput
                    size="xs"
                    aria-label="Cost per unit"
                    w={110}
                    min={0}
                    decimalScale={2}
                    title={costHelp[item.unit]}
                    value={item.costPerUnit}
                    onChange={(value) => update(index, { costPerUnit: Number(value) || 0 })}
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    size="xs"
                    aria-label="Asks of the customer"
                    placeholder="nothing"
                    value={item.asksOfCustomer ?? ""}
                    onChange={(e) =>
                      update(index, {
                        asksOfCustomer: e.currentTarget.value.trim() ? e.currentTarget.value : null,
                      })
                    }
                  />
                </Table.Td>
                <Table.Td>
                  <Checkbox
                    aria-label="Exclusive"
                    checked={item.exclusive}
                    onChange={(e) => update(index, { exclusive: e.currentTarget.checked })}
                  />
                </Table.Td>
                <Table.Td>
                  <Checkbox
                    aria-label="Offered"
                    checked={item.active}
                    onChange={(e) => update(index, { active: e.currentTarget.checked })}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group gap="xs" mt="sm" align="flex-end">
        <TextInput
          size="xs"
          label="New item"
          placeholder="e.g. Free engraving"
          value={newLabel}
          onChange={(e) => setNewLabel(e.currentTarget.value)}
        />
        <Button size="xs" variant="default" onClick={add} disabled={!newLabel.trim()}>
          Add
        </Button>
      </Group>
    </>
  );
}
