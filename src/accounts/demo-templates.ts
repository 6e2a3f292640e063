import type { ReplyStage } from "../shared/vocabulary";

// Starting points only: the bracketed parts are what this customer told us and what we did for
// them, which no template can know. The coach blocks a reply until they are written (R13).
export const demoTemplates: { name: string; stage: ReplyStage; body: string }[] = [
  {
    name: "Acknowledge",
    stage: "first_reply",
    body: [
      "Hi {{customer.firstName}},",
      "",
      "Thank you for telling us, and I am sorry about [WHAT HAPPENED]. That is not how it should have gone, and I am looking after it personally from now on (case {{case.number}}).",
      "",
      "So that I get this right for you: what would you like us to do? Meanwhile I am checking [WHAT I AM CHECKING], and I will write to you again by [TIME TODAY] with what I find.",
    ].join("\n"),
  },
  {
    name: "Apologise and fix",
    stage: "resolution",
    body: [
      "Hi {{customer.firstName}},",
      "",
      "I am sorry that [WHAT WE GOT WRONG]. That was our mistake, not yours.",
      "",
      "Here is what I have done: [THE FIX]. You do not need to do anything more. I will [NEXT STEP] by [DAY AND TIME] and tell you as soon as it is done.",
      "",
      "Is there anything else I can do for you?",
    ].join("\n"),
  },
  {
    name: "Follow-up",
    stage: "follow_up",
    body: [
      "Hi {{customer.firstName}},",
      "",
      "I am checking back on case {{case.number}}. I am sorry again that [WHAT WENT WRONG]. We fixed it by [HOW WE FIXED IT], and [WHAT WE GAVE YOU] was our way of making up for it. Since then we have [WHAT WE CHANGED] so that it does not happen again.",
      "",
      "Did that put things right for you? If anything is still not as it should be, reply here and I will sort it out by [DAY AND TIME].",
      "",
      "Thank you for giving us the chance to fix it.",
    ].join("\n"),
  },
];
