namespace Coinwire.Tagging;

/// <summary>
/// Keyword lists per topic. <c>*</c> ends a prefix (hack* = hack, hacked, hackers), <c>~</c> starts a weak cue
/// (half weight), <c>!</c> a strong one (double weight), <c>!!</c> a decisive one (triple). Matching is case-insensitive on word boundaries.
/// </summary>
internal static class TopicKeywords
{
    public static IReadOnlyDictionary<string, string> ByTopic { get; } = new Dictionary<string, string>
    {
        [Topics.Regulation] =
            "!sec,regulat*,lawsuit*,sues,sued,suing,!court,judge*,!cftc,ban,bans,banned,banning,law,laws,lawmaker*," +
            "legislat*,bill,senate,senator*,congress*,sanction*,complian*,licens*,licenc*,fine,fined,fines,settle*," +
            "charged,charges,indict*,sentenced,sentence,prison,jail,arrest*,prosecut*,doj,fca,mica,policy,policies,tax,taxes,taxation," +
            "treasury,government*,gensler,enforcement,authorit*,legal,attorney*,lawyer*,trial,plea,pleads,guilty,subpoena*," +
            "!cbdc*,central bank*,kyc,aml,ftc,irs,fbi,police,parliament,minister*,ruling,appeal*,warrant*,framework,rules," +
            "watchdog,sfc,vara,finra,nydfs,fdic,occ,lobby*,politic*,election*,president*,crackdown,illegal,jurisdiction*," +
            "securities law*,unregistered,registration,approves bill,~approval,~approve*,~warn*,~probe*,~investigat*",
        [Topics.Security] =
            "!!hack*,!!exploit*,!stolen,steal*,trojan*,theft,!phishing,scam*,~fraudster*,rug pull*,rugpull*,rugged,drain*," +
            "attacker*,attack*,vulnerab*,breach*,malware,ransomware,lazarus,cyber*,security,bug bount*,bounty," +
            "compromised,heist,ponzi,impersonat*,audit*,private key*,seed phrase*,mixer*,tornado cash,laundering,~fake,~fraud",
        [Topics.DeFi] =
            "!defi,decentralized finance,dex,dexs,dexes,decentralized exchange*,liquidity pool*,lending,borrow*,yield*,tvl," +
            "total value locked,amm,liquid staking,money market,vault*,~swap*,dapp*,~protocol,~liquidity,stak*,restak*," +
            "perpetual*,perps,flash loan*,oracle*,~dao,governance",
        [Topics.Nft] =
            "!nft*,non-fungible,metaverse,opensea,collectible*,ordinals,inscription*,royalt*,digital art,bored ape*,gamefi," +
            "play-to-earn,~gaming,~game,~games,virtual land,art*,music,~avatar*,~web3 gam*,pfp,punks,blur",
        [Topics.Stablecoins] =
            "!stablecoin*,!usdt,!usdc,!tether,busd,pyusd,!dai,pegged,depeg*,de-peg*,peg,circle,paxos,~dollar-backed,usd-pegged,algorithmic",
        [Topics.Mining] =
            "!miner*,!mining,!hashrate,hash rate,difficulty,asic*,block reward*,halving,proof-of-work,rig,rigs,hashprice,~energy,~data center*",
        [Topics.Business] =
            "funding,raise,raises,raised,raising,series a,series b,series c,seed round,!acquisition*,acquire*,buyout,merger*," +
            "layoff*,lays off,cuts staff,job cuts,workforce,earnings,revenue*,profit*,!partner*,teams up,team up,joint venture," +
            "valuation,ipo,!bankrupt*,chapter 11,insolven*,creditor*,ceo,executive*,exec,hires,hiring,appoint*,venture*,startup*," +
            "expands,expansion,~shares,stake,deal,deals,custody,custodian,payments,payment,paypal,visa,mastercard,adoption,~launch*," +
            "~exchange,~exchanges,~firm,~company,~companies,~bank,~banks,donat*,sponsor*,conference,~investment*,invests,invested,investor*," +
            "fund,funds,~listing,lists,listed,delist*,~platform,~service*,~customers,~users",
        [Topics.Technology] =
            "!upgrade*,fork*,hard fork,layer-2,layer 2,layer-1,layer 1,l2,l2s,rollup*,zk*,zero-knowledge,!mainnet,!testnet," +
            "developer*,devs,smart contract*,sdk,api*,~wallet*,node*,scalab*,interoperab*,bridge*,evm,proof-of-stake,consensus," +
            "ai,artificial intelligence,software,open-source,open source,code,bip,lightning,privacy,browser,~app,~apps,infrastructure," +
            "integrat*,~blockchain,~network,~technology,~tech,protocol upgrade,client,validator*,sidechain*,chatgpt,identity,~launches",
        [Topics.Market] =
            "price*,rally,rallies,rallied,surge*,soar*,jump*,climb*,gain*,fall,falls,fell,drop*,dip,dips,slide*,slip*,plunge*," +
            "tumble*,crash*,rebound*,recover*,bull*,bear*,etf*,inflow*,outflow*,trading,trader*,market*,liquidation*,volatil*," +
            "support,resistance,technical analysis,analysis,prediction*,predict*,forecast*,outlook,all-time high,lows,highs,low,high," +
            "whale*,futures,derivatives,options,open interest,dominance,market cap,inflation,fed,rate hike*,jobs report,cpi,stocks," +
            "~investors,buy,sell,sell-off,selloff,bottom,breakout,chart*,hovers,steady,slump*,weekly,~today,%,sentiment,correction," +
            "oversold,overbought,holders,accumulat*,dump*,pump*,bitcoin etf,spot etf,~worth,~value",
    };
}
