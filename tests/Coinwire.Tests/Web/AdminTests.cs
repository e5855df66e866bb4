using System.Net;
using System.Text.RegularExpressions;
using Coinwire.Articles;

namespace Coinwire.Tests.Web;

public sealed class AdminWebFixture : WebFixture
{
    public const string Password = "correct horse battery staple";

    protected override Dictionary<string, string?> Settings => new() { ["Web:CacheSeconds"] = "30", ["Admin:Password"] = Password };
}

public partial class AdminTests(AdminWebFixture site) : IClassFixture<AdminWebFixture>
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    private static async Task<string> TokenAsync(HttpClient client, string url)
    {
        var html = await client.GetStringAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        return TokenField().Match(html).Groups[1].Value;
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string url, params (string, string)[] fields) =>
        client.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2))), TestContext.Current.CancellationToken);

    private async Task<HttpClient> LoggedInAsync()
    {
        var client = site.CookieClient();
        var token = await TokenAsync(client, "/admin/login");
        using var login = await PostAsync(client, "/admin/login", ("__RequestVerificationToken", token), ("password", AdminWebFixture.Password), ("returnUrl", "/admin"));
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        return client;
    }

    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/sources")]
    [InlineData("/admin/articles/" + WebFixture.ReferenceSlug + "/edit")]
    public async Task Anonymous_RedirectedToLogin(string url)
    {
        using var client = site.CookieClient();
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_PostIsRedirectedNotApplied()
    {
        using var client = site.CookieClient();
        using var response = await PostAsync(client, "/admin/articles/" + WebFixture.ReferenceSlug + "/pin", ("weight", "9"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task Login_WithoutAntiforgeryToken_400()
    {
        using var client = site.CookieClient();
        await client.GetStringAsync(new Uri("/admin/login", UriKind.Relative), TestContext.Current.CancellationToken);
        using var response = await PostAsync(client, "/admin/login", ("password", AdminWebFixture.Password));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task LoginThenPin_MovesArticleFirst_UpdatesFileAndEvictsCache()
    {
        var ct = TestContext.Current.CancellationToken;
        var before = await site.Client.GetStringAsync(new Uri("/api/articles/" + WebFixture.ReferenceSlug, UriKind.Relative), ct);
        using var client = await LoggedInAsync();
        var dashboard = await client.GetStringAsync(new Uri("/admin", UriKind.Relative), ct);
        Assert.Contains("Unverified Report", dashboard, StringComparison.Ordinal); // drafts are listed for editors

        var token = TokenField().Match(dashboard).Groups[1].Value;
        using var pin = await PostAsync(client, "/admin/articles/" + WebFixture.ReferenceSlug + "/pin", ("__RequestVerificationToken", token), ("weight", "50"));
        using var noToken = await PostAsync(client, "/admin/articles/" + WebFixture.ReferenceSlug + "/pin", ("weight", "60"));

        Assert.Equal(HttpStatusCode.Redirect, pin.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);
        var list = await site.Client.GetStringAsync(new Uri("/api/articles", UriKind.Relative), ct);
        Assert.StartsWith("{\"items\":[{\"slug\":\"" + WebFixture.ReferenceSlug + "\"", list, StringComparison.Ordinal);
        var detail = await site.Client.GetStringAsync(new Uri("/api/articles/" + WebFixture.ReferenceSlug, UriKind.Relative), ct);
        Assert.NotEqual(before, detail);
        Assert.Contains("stickyWeight: 50\\n", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_Draft_ThenVisible()
    {
        var ct = TestContext.Current.CancellationToken;
        const string slug = "demo-unverified-report-claims-exchange-listing-for-new-token";
        using var client = await LoggedInAsync();
        var token = await TokenAsync(client, "/admin");

        using var publish = await PostAsync(client, $"/admin/articles/{slug}/publish", ("__RequestVerificationToken", token));
        using var visible = await site.Client.GetAsync(new Uri("/articles/" + slug, UriKind.Relative), ct);
        using var unpublish = await PostAsync(client, $"/admin/articles/{slug}/unpublish", ("__RequestVerificationToken", token));
        using var hidden = await site.Client.GetAsync(new Uri("/articles/" + slug, UriKind.Relative), ct);

        Assert.Equal(HttpStatusCode.Redirect, publish.StatusCode);
        Assert.Equal(HttpStatusCode.OK, visible.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
    }

    [Fact]
    public async Task Edit_PreviewThenSave_KeepsContractFormat()
    {
        var ct = TestContext.Current.CancellationToken;
        const string slug = "demo-solana-network-activity-hits-record-as-fees-stay-low";
        using var client = await LoggedInAsync();
        var editor = await client.GetStringAsync(new Uri($"/admin/articles/{slug}/edit", UriKind.Relative), ct);
        var token = TokenField().Match(editor).Groups[1].Value;
        (string, string)[] fields =
        [
            ("__RequestVerificationToken", token), ("title", "Demo: Solana   Activity Record (edited)"),
            ("heading", "Overview"), ("section", "Solana set a **new** activity record this week. This article is demo content."),
            ("heading", "What Happened"), ("section", "Transactions rose.\r\n\r\nFees stayed low."),
            ("heading", "From author"), ("section", "A good sign."),
            ("heading", "Impact on the crypto market"), ("section", "- More usage\n- Low fees"),
        ];

        using var preview = await PostAsync(client, $"/admin/articles/{slug}/edit", [.. fields, ("action", "preview")]);
        var previewHtml = await preview.Content.ReadAsStringAsync(ct);
        var unchanged = await site.Client.GetStringAsync(new Uri("/api/articles/" + slug, UriKind.Relative), ct);
        using var save = await PostAsync(client, $"/admin/articles/{slug}/edit", [.. fields, ("action", "save")]);
        var exported = await site.Client.GetStringAsync(new Uri("/api/articles/" + slug, UriKind.Relative), ct);

        Assert.Contains("<strong>new</strong>", previewHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("(edited)", unchanged, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, save.StatusCode);
        var markdown = System.Text.Json.JsonDocument.Parse(exported).RootElement.GetProperty("markdown").GetString()!;
        Assert.DoesNotContain(ArticleValidator.Check(markdown), f => f.Severity == FindingSeverity.Error);
        var article = Article.Parse(markdown);
        Assert.Equal("Demo: Solana Activity Record (edited)", article.Title);
        Assert.Equal("Solana set a **new** activity record this week. This article is demo content.", article.Description);
        Assert.Contains("## What Happened\n\nTransactions rose.\n\nFees stayed low.\n\n## From author", article.Body, StringComparison.Ordinal);
        Assert.True(article.UpdatedAt > new DateTime(2026, 2, 3, 13, 10, 30, DateTimeKind.Utc));
    }

    [Fact]
    public async Task Sources_ListedForEditors()
    {
        using var client = await LoggedInAsync();
        using var response = await client.GetAsync(new Uri("/admin/sources", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}

public class AdminLockoutTests(AdminWebFixture site) : IClassFixture<AdminWebFixture>
{
    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string url, params (string, string)[] fields) =>
        client.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2))), TestContext.Current.CancellationToken);

    private static async Task<string> TokenAsync(HttpClient client, string url)
    {
        var html = await client.GetStringAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        return Regex.Match(html, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
    }

    [Fact]
    public async Task Login_LockedAfterFiveFailures()
    {
        using var client = site.CookieClient();
        // The test server has no client address: every client is "local", so this class has a site of its own.
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            var token = await TokenAsync(client, "/admin/login");
            using var r = await PostAsync(client, "/admin/login", ("__RequestVerificationToken", token), ("password", "wrong"));
            statuses.Add(r.StatusCode);
        }
        var last = await TokenAsync(client, "/admin/login");
        using var locked = await PostAsync(client, "/admin/login", ("__RequestVerificationToken", last), ("password", AdminWebFixture.Password));

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
    }
}
