using System.Text;

namespace Coinwire.Parsing.Text;

/// <summary>Registers the legacy code pages (windows-125x, KOI8-R, Shift_JIS, GB18030 …) once per process.</summary>
internal static class EncodingSetup
{
    private static readonly Lock Gate = new();
    private static volatile bool _registered;

    /// <summary>
    /// Returns once the code pages are registered. A second thread waits for the first to finish: returning while the
    /// registration was still running let a parse on another thread take windows-1251 for an unknown label.
    /// </summary>
    public static void EnsureRegistered()
    {
        if (_registered)
        {
            return;
        }
        lock (Gate)
        {
            if (!_registered)
            {
                Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
                _registered = true;
            }
        }
    }
}
