import { afterEach, describe, expect, it, vi } from "vitest";
import { deferred } from "../../testing/deferred.ts";
import { testExplorer } from "../../testing/explorer.ts";
import { api } from "../api/index.ts";
import { loadRelease } from "./actions.ts";
import type { DataRelease } from "./types.ts";

afterEach(() => vi.restoreAllMocks());

const release = (version: string) => ({ version }) as DataRelease;

describe("the release slice", () => {
  it("keeps the newer release when the older load answers last", async () => {
    const older = deferred<DataRelease | null>();
    const newer = deferred<DataRelease | null>();
    vi.spyOn(api, "dataRelease").mockReturnValueOnce(older.promise).mockReturnValueOnce(newer.promise);
    vi.spyOn(api, "corrections").mockResolvedValue([]);
    const explorer = testExplorer();
    const first = loadRelease(explorer);
    const second = loadRelease(explorer);
    newer.resolve(release("2.0"));
    await second;
    older.resolve(release("1.0"));
    await first;
    expect(explorer.store.get().release.current?.version).toBe("2.0");
    expect(explorer.store.get().view.release).toBe("2.0");
  });
});
