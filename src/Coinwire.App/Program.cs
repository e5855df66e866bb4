using Coinwire.App.Cli;

return await CoinwireCli.RunAsync(args);
