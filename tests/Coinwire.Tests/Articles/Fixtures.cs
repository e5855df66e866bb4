namespace Coinwire.Tests.Articles;

/// <summary>The gray-matter fixtures of testdata/articles (see tools/fixtures/generate.js).</summary>
internal static class Fixtures
{
    public static string Folder { get; } = Path.Combine(AppContext.BaseDirectory, "testdata", "articles");

    public static IEnumerable<string> Names() =>
        Directory.GetFiles(Folder, "*.md").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;

    public static TheoryData<string> All() => [.. Names()];

    // "lossy-": gray-matter's trim() of the YAML changed the data, so the .md no longer reads back as its JSON.
    public static TheoryData<string> Faithful() => [.. Names().Where(n => !n.Contains("-lossy-", StringComparison.Ordinal))];

    // "jsdate-": the data held real Dates, which JSON can only carry as strings.
    public static TheoryData<string> JsonOnly() => [.. Names().Where(n => !n.Contains("-jsdate-", StringComparison.Ordinal))];

    public static string Md(string name) => File.ReadAllText(Path.Combine(Folder, name + ".md"));

    public static string Json(string name) => File.ReadAllText(Path.Combine(Folder, name + ".json"));
}
