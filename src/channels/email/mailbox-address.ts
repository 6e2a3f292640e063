export function domainOf(address: string): string {
  return address.slice(address.lastIndexOf("@") + 1).toLowerCase();
}

// support@shop.example + token → support+token@shop.example: providers route plus-addresses
// to the mailbox itself, so answers come back without any extra DNS or alias.
export function plusAddress(address: string, tag: string): string {
  const at = address.lastIndexOf("@");
  const local = address.slice(0, at).split("+")[0];
  return `${local}+${tag}@${address.slice(at + 1)}`;
}
