using System.Text;

namespace Coinwire.Parsing.Text;

/// <summary>Registers the legacy code pages (windows-125x, KOI8-R, Shift_JIS, GB18030 …) once per process.</summary>
internal static class EncodingSetup
{
    private static int _registered;

    public static void EnsureRegistered()
    {
        if (Interlocked.Exchange(ref _registered, 1) == 0)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        }
    }
}
