import { describe, expect, it } from "vitest";
import { decodeSource, encodeSource } from "#model/sourceCodec.ts";
import { SOURCE_DOCUMENTS } from "#model/sources.ts";

describe("stored source references", () => {
  it("round-trip a document section with and without a paragraph", () => {
    const plain = decodeSource(encodeSource({ document: "strategy", section: "3.3 Objective 3" }));
    expect(plain).toMatchObject({ document: "strategy", section: "3.3 Objective 3", paragraph: null });
    expect(plain.title).toBe(SOURCE_DOCUMENTS.strategy.title);
    const withParagraph = decodeSource(
      encodeSource({ document: "strategy", section: "Summary", paragraph: 2 }),
    );
    expect(withParagraph).toMatchObject({ section: "Summary", paragraph: 2 });
  });

  it("round-trip a public source with its title and address", () => {
    const source = {
      document: "public",
      title: "Norsk helsenett",
      url: "https://www.nhn.no/",
      section: "About",
    } as const;
    expect(decodeSource(encodeSource(source))).toEqual({
      document: "public",
      title: "Norsk helsenett",
      section: "About",
      paragraph: null,
      quote: null,
      language: null,
      url: "https://www.nhn.no/",
    });
  });

  it("round-trip a document citation's paragraph and quote, and name the document's language", () => {
    const source = {
      document: "strategy",
      section: "Summary",
      paragraph: 3,
      quote: "in particular",
    } as const;
    expect(encodeSource(source)).toBe("strategy § Summary § ¶3 § “in particular”");
    expect(decodeSource(encodeSource(source))).toMatchObject({
      section: "Summary",
      paragraph: 3,
      quote: "in particular",
      language: "en",
    });
  });

  it("decode an unknown document id without throwing, titled by its id", () => {
    expect(decodeSource("somewhere § Intro")).toMatchObject({
      document: "somewhere",
      title: "somewhere",
      url: null,
    });
  });
});
