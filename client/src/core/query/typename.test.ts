import { parse, print } from "graphql";
import { describe, expect, it } from "vitest";
import { addTypename, prepareQuery, stripAddedTypename } from "./typename.ts";

const printed = (text: string) => print(addTypename(parse(text)));

describe("adding __typename to a query", () => {
  it("adds it to every selection set below the root, fragments included", () => {
    expect(
      printed(`query { solutions { id runsIncoming { ... on Agency { id } } ...More } }
        fragment More on Solution { supports { id } }`),
    ).toBe(
      print(
        parse(`query { solutions { id runsIncoming { ... on Agency { id __typename } __typename } ...More __typename } }
          fragment More on Solution { supports { id __typename } __typename }`),
      ),
    );
  });

  it("leaves the operation's root and a selection that already answers __typename alone", () => {
    expect(printed('{ search(text: "x") { __typename node { id } } }')).toBe(
      print(parse('{ search(text: "x") { __typename node { id __typename } } }')),
    );
  });

  it("does not change the document it is given", () => {
    const document = parse('{ node(id: "x") { id } }');
    const before = print(document);
    addTypename(document);
    expect(print(document)).toBe(before);
  });

  it("sends a query that does not parse as it is (prepareQuery gives null)", () => {
    expect(prepareQuery("{ solutions { id ")).toBeNull();
  });
});

describe("the answer shown to the user", () => {
  it("drops the __typename fields that were added and keeps the ones asked for", () => {
    const prepared = prepareQuery(`{
      solutions { __typename id runsIncomingConnection { edges { properties { validFrom } node { ... on Agency { id } } } } }
    }`);
    if (!prepared) throw new Error("the query parses");
    const answer = {
      solutions: [
        {
          __typename: "Solution",
          id: "helsenorge",
          runsIncomingConnection: {
            __typename: "SolutionRunsIncomingConnection",
            edges: [
              {
                __typename: "SolutionRunsIncomingRelationship",
                properties: { __typename: "Link", validFrom: "2016" },
                node: { __typename: "Agency", id: "norsk-helsenett" },
              },
            ],
          },
        },
      ],
    };
    expect(stripAddedTypename(answer, prepared.original)).toEqual({
      solutions: [
        {
          __typename: "Solution",
          id: "helsenorge",
          runsIncomingConnection: {
            edges: [{ properties: { validFrom: "2016" }, node: { id: "norsk-helsenett" } }],
          },
        },
      ],
    });
  });

  it("keeps __typename asked for inside a fragment, and aliases as the user named them", () => {
    const prepared = prepareQuery(`{ s: solutions { ...F } } fragment F on Solution { __typename key: id }`);
    if (!prepared) throw new Error("the query parses");
    const answer = { s: [{ __typename: "Solution", key: "kjernejournal" }] };
    expect(stripAddedTypename(answer, prepared.original)).toEqual(answer);
  });
});
