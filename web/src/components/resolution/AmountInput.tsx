import { NumberInput } from "@mantine/core";
import type { Unit } from "../../resolution-api";

const currencySymbol = (currency: string) =>
  new Intl.NumberFormat(undefined, { style: "currency", currency, currencyDisplay: "narrowSymbol" })
    .formatToParts(0)
    .find((part) => part.type === "currency")?.value ?? currency;

/** Money is typed in major units (64.50) and kept in minor units (6450); percent and items as they are. */
export function AmountInput({
  unit,
  currency,
  value,
  onChange,
  label = "Amount",
}: {
  unit: Unit;
  currency: string;
  value: number;
  onChange: (value: number) => void;
  label?: string;
}) {
  const money = unit === "money";
  return (
    <NumberInput
      label={label}
      size="xs"
      w={120}
      min={0}
      decimalScale={money ? 2 : 0}
      fixedDecimalScale={money}
      prefix={money ? `${currencySymbol(currency)} ` : undefined}
      suffix={unit === "percent" ? " %" : undefined}
      value={money ? value / 100 : value}
      onChange={(next) => {
        const number = typeof next === "number" ? next : Number(next || 0);
        onChange(money ? Math.round(number * 100) : Math.round(number));
      }}
    />
  );
}
