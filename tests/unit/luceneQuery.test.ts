import { describe, expect, it } from "vitest";
import { searchKeys } from "#model/searchKeys.ts";
import { escapeLucene, luceneQuery, searchTerms } from "#server/queries/luceneQuery.ts";

describe("search query building", () => {
  it("folds case and accents and splits on punctuation", () => {
    expect(searchTerms("Rønning-Arnesen")).toEqual(["ronning", "arnesen"]);
    expect(searchTerms("Helsenorge.no")).toEqual(["helsenorge", "no"]);
  });

  it("never passes Lucene syntax from user text through", () => {
    const query = luceneQuery('name:* AND (x OR "y") ~ ^ \\ /');
    expect(query).not.toMatch(/name:|AND \(|"/);
    expect(luceneQuery("*:*")).toBeNull();
  });

  it("adds the joined words as one more term", () => {
    expect(luceneQuery("kjerne journal")).toContain("kjernejournal^4");
  });

  it("matches short terms by prefix and longer ones also fuzzily", () => {
    expect(luceneQuery("e")).toBe("(e^2)");
    expect(luceneQuery("ab")).toBe("(ab^2 OR ab*)");
    expect(luceneQuery("kjerne")).toContain("kjerne~1");
  });

  it("escapes every Lucene special character", () => {
    expect(escapeLucene('+-&|!(){}[]^"~*?:\\/')).toBe(
      '\\+\\-\\&\\|\\!\\(\\)\\{\\}\\[\\]\\^\\"\\~\\*\\?\\:\\\\\\/',
    );
  });

  it("stores joined and split spellings as search keys", () => {
    expect(searchKeys(["E-resept", "Helsenorge.no"]).split(" ")).toEqual(
      expect.arrayContaining(["eresept", "resept", "helsenorgeno", "helsenorge"]),
    );
  });
});
