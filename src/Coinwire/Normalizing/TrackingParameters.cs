namespace Coinwire.Normalizing;

/// <summary>Query parameters that only identify a click, campaign or share, never the page.</summary>
internal static class TrackingParameters
{
    private static readonly string[] Prefixes = ["utm_", "ns_", "__hs", "pk_", "mtm_", "at_custom"];

    private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        // ad-click ids
        "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "ttclid", "li_fat_id",
        "igshid", "igsh", "epik", "rb_clickid", "s_kwcid", "ef_id",
        // mail campaigns (Mailchimp, HubSpot, Marketo, Vero, Omeda)
        "mc_cid", "mc_eid", "_hsenc", "_hsmi", "hsctatracking", "mkt_tok", "vero_id", "vero_conv", "oly_enc_id", "oly_anon_id",
        // Google Analytics cross-domain, Yahoo consent redirect
        "_ga", "_gl", "guccounter", "guce_referrer", "guce_referrer_sig",
        // publisher share and feed tags
        "ref_src", "ref_url", "cmpid", "cmp", "ncid", "ocid", "sr_share", "smid", "smtyp", "emc", "soc_src", "soc_trk",
        "__twitter_impression", "xtor", "at_medium", "at_campaign", "at_format", "at_link", "at_link_id", "at_link_type",
        "at_link_origin", "at_ptr_name", "at_bbc_team", "at_creation", "at_campaign_type", "at_send_date", "at_recipient_id",
        "at_recipient_list", "wt_mc", "wt.mc_id", "spm",
    };

    /// <summary>True when <paramref name="name"/> (already percent-decoded) is a tracking parameter.</summary>
    public static bool IsTracking(string name)
    {
        if (name.Length == 0)
        {
            return false;
        }
        if (Names.Contains(name))
        {
            return true;
        }
        foreach (var prefix in Prefixes)
        {
            if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when a fragment (without '#') only carries tracking, e.g. <c>xtor=RSS-3</c> or <c>utm_source=feed</c>.</summary>
    public static bool IsTrackingFragment(string fragment)
    {
        var first = fragment.Split('&')[0];
        var eq = first.IndexOf('=');
        if (eq <= 0)
        {
            return false;
        }
        var name = first[..eq];
        return IsTracking(name) || (name.Equals("ref", StringComparison.OrdinalIgnoreCase) && first[(eq + 1)..].Contains("rss", StringComparison.OrdinalIgnoreCase));
    }
}
