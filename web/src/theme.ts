import { type CSSVariablesResolver, createTheme, type MantineColorsTuple } from "@mantine/core";

// A deep, steady green-teal reads as calm and dependable; the clay accent keeps it warm.
const mend: MantineColorsTuple = [
  "#e9f6f3",
  "#d6ebe6",
  "#aad6cc",
  "#7bc0b0",
  "#55ae99",
  "#3ca28b",
  "#2d9b83",
  "#1e8770",
  "#107863",
  "#006854",
];

const clay: MantineColorsTuple = [
  "#fdf0ea",
  "#f5e0d5",
  "#ebbfa9",
  "#e19b7a",
  "#d87d53",
  "#d3693a",
  "#d15f2d",
  "#b94f20",
  "#a5451b",
  "#913913",
];

export const theme = createTheme({
  primaryColor: "mend",
  primaryShade: 7,
  colors: { mend, clay },
  defaultRadius: "md",
  fontFamily: 'Inter, "Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  headings: {
    fontFamily: '"Iowan Old Style", "Palatino Linotype", Palatino, "Book Antiqua", Georgia, serif',
    fontWeight: "600",
  },
  components: {
    Badge: {
      defaultProps: { radius: "sm" },
      // Sentence case reads calmer than shouting capitals, and a badge should never be cut short.
      styles: { root: { textTransform: "none", minWidth: "max-content", fontWeight: 600 } },
    },
    Paper: { defaultProps: { radius: "md" } },
  },
});

// Warm paper instead of stark white keeps long shifts in the queue easy on the eyes.
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    "--mantine-color-body": "#fbf8f3",
    "--mend-surface": "#ffffff",
    "--mend-border": "#ebe3d7",
  },
  dark: {
    "--mend-surface": "var(--mantine-color-dark-6)",
    "--mend-border": "var(--mantine-color-dark-4)",
  },
});
