import type { Briefing, Change, Claim } from './types';

// The article of shared/seed/article.txt as structured data. The words are kept verbatim (a test
// compares them with the seed); spans with `claim` link a checkable statement to its check.

/**
 * The article's checkable claims, numbered as in shared/facts/verification.md, with the statuses
 * and notes of the November 2026 check (verification-2026-11.md, "Briefing claims").
 */
export const CLAIMS: Claim[] = [
  {
    id: 'C1',
    summary:
      'Israel recognised Azerbaijan soon after the Soviet collapse and opened an embassy in Baku in 1993.',
    status: 'confirmed',
    fact: 'israel-recognition-embassy',
    note: 'Recognised on 25 December 1991, relations from 7 April 1992; the embassy opened in August 1993.',
  },
  {
    id: 'C2',
    summary:
      'Netanyahu and Peres both visited Azerbaijan, and in 2009 Peres said “You bring the oil, we’ll bring the ability and technology.”',
    status: 'reported',
    fact: 'leader-visits',
    note: 'Visits confirmed (Netanyahu 1997 and 2016; Peres 28–29 June 2009); a May 2025 Netanyahu visit was postponed, reportedly because Turkey refused overflight. Exact quote not found; closest: Peres to Trend, June 2009, that Israel lacks “natural gas or petroleum… we have to rely on our brainpower… We will share everything”.',
    sourceNotFound: true,
  },
  {
    id: 'C3',
    summary:
      'Azerbaijan has no embassy in Israel yet, because of the Armenian conflict and Muslim states’ pressure.',
    status: 'outdated',
    fact: 'az-embassy-tel-aviv',
    note: 'Azerbaijan opened its embassy in Tel Aviv on 29 March 2023. Ministers’ visits are confirmed (first foreign-minister visit, April 2013); the stated reasons appear only in commentary.',
  },
  {
    id: 'C4',
    summary:
      'In 2012 the two countries agreed a $1.6 billion defence deal: drones, anti-aircraft and missile defence.',
    status: 'confirmed',
    fact: 'arms-deal-2012',
    note: 'Israeli defence officials confirmed it on 26 February 2012; SIPRI dates the contract to 2011.',
  },
  {
    id: 'C5',
    summary: 'With Israeli help, Azerbaijan now builds its own unmanned military systems.',
    status: 'confirmed',
    fact: 'azad-uav-production',
    note: 'Not on its own: AZAD Systems is a joint venture with Israel’s Aeronautics (protocol on new types, 11 July 2018); no later information was found.',
  },
  {
    id: 'C6',
    summary: 'Media reported in 2024 an unconfirmed deal for two Israeli military satellites.',
    status: 'outdated',
    fact: 'satellites-2023',
    note: 'Reported in April 2023 and signed on 3 October 2023: IAI will supply Azercosmos with two Earth-observation satellites; in December 2025 the programme was on schedule, with no launch date.',
  },
  {
    id: 'C7',
    summary: 'Israeli intelligence is said to operate near the Azerbaijan–Iran border.',
    status: 'reported',
    fact: 'intelligence-reports',
    note: 'Foreign Policy reported it in 2012; Baku denied it then, in 2021 and in June 2025, and it was never confirmed; in March 2026 Iran blamed an Israeli “false flag” for a drone strike on Nakhchivan.',
  },
  {
    id: 'C8',
    summary: 'Israel gets about 40 percent of its oil from Azerbaijan.',
    status: 'disputed',
    fact: 'oil-share',
    note: 'Estimates ~20–46%; tanker data for 2023–25 put it at about 40–46% (Oil Change International; Kpler, 46.4% in 2025), older estimates at 18–40%.',
  },
  {
    id: 'C9',
    summary: 'Azerbaijani oil reaches Israel through the Baku–Tbilisi–Ceyhan pipeline across Turkey.',
    status: 'reported',
    fact: 'oil-via-btc',
    note: 'Shown by tanker tracking (BTC to Ceyhan, then by tanker); Türkiye has denied Israel-bound loadings at Ceyhan since November 2024 and closed its ports to Israeli ships on 29 August 2025.',
  },
  {
    id: 'C10',
    summary: 'SOCAR is exploring off Israel’s coast, its first venture outside the Caspian region.',
    status: 'outdated',
    fact: 'socar-zone-i',
    note: 'Describes 2011–12 (a 5% stake in Med Ashdod); since 17 March 2025 SOCAR operates Israel’s offshore Zone I (awarded 29 October 2023), and on 31 January 2025 it agreed to buy 10% of the Tamar gas field.',
  },
  {
    id: 'C11',
    summary: 'Israel is one of Azerbaijan’s top five trading partners.',
    status: 'outdated',
    fact: 'trade-partner',
    note: 'Historically third (2008) and among the top export destinations in 2020, but not in official 2025 data: Israel’s foreign minister put 2025 trade at just over $360 million.',
  },
  {
    id: 'C12',
    summary: 'About 20,000–25,000 Jews live in Baku and Quba, a community more than 2,000 years old.',
    status: 'disputed',
    fact: 'jewish-population',
    note: 'Estimates range from 5,094 (2019 census) to 30,000 (a community leader, 2014); the 6,400 of 2010 is an estimate, not a census figure; “more than 2,000 years” is community tradition, documented since at least the 13th century.',
  },
  {
    id: 'C13',
    summary: 'President Ilham Aliyev visits the Jewish community regularly and wishes it happy holidays.',
    status: 'reported',
    fact: 'aliyev-jewish-community',
    note: 'Yearly holiday greetings (the latest checked: 19 September 2025) and the 2010 Ohr Avner school opening are confirmed; regular visits are not verified.',
  },
  {
    id: 'C14',
    summary: 'Azerbaijan is a secular country with a Muslim-majority population.',
    status: 'confirmed',
    fact: 'az-secular',
    note: 'Constitution, Articles 7 and 18; most Azerbaijanis are Shia Muslims.',
  },
];

/**
 * "What has changed since this article was written": dated points drawn from the facts of the
 * November 2026 check, oldest first. The article mentions 2024 media reports, so it was written
 * in 2024 at the earliest; every point is from late 2024 on.
 */
export const CHANGES: Change[] = [
  {
    date: '2024-11-29',
    text: 'SOCAR raised its stake in the Baku–Tbilisi–Ceyhan pipeline to about 33% by buying most of Equinor’s share.',
    sources: ['S74', 'S66'],
  },
  {
    date: '2025-01-31',
    text: 'SOCAR agreed to buy 10% of Israel’s Tamar gas field from Union Energy.',
    sources: ['S76', 'S77'],
  },
  {
    date: '2025-03-17',
    text: 'Israel licensed offshore Zone I to SOCAR (operator), BP and NewMed.',
    sources: ['S27', 'S26'],
  },
  {
    date: '2025-06-14',
    text: 'During the Israel–Iran war, Azerbaijan told Iran that its territory and airspace would not be used for attacks on Iran.',
    sources: ['S60', 'S81'],
  },
  {
    date: '2025-08-29',
    text: 'Turkey closed its ports to Israeli ships; Azerbaijani oil still reaches Israel by tanker from Ceyhan, according to tanker tracking, which Turkey denies.',
    sources: ['S65', 'S63'],
  },
  {
    date: '2025-12-31',
    text: 'Tanker data put Azerbaijan at about 46% of Israel’s oil imports in 2025, in line with the article’s “about 40 percent”.',
    sources: ['S63', 'S62'],
  },
  {
    date: '2026-01-26',
    text: 'Israel’s foreign minister visited Baku; he put 2025 trade at just over $360 million, far below the $1.7 billion of 2022–23.',
    sources: ['S86', 'S68'],
  },
  {
    date: '2026-03-05',
    text: 'During the US–Israeli war on Iran, drones from Iran hit Nakhchivan airport; Baku condemned the attack and Iran denied it.',
    sources: ['S78', 'S61'],
  },
];

export const BRIEFING: Briefing = {
  title: 'Does Azerbaijan have strong relations with Israel?',
  sections: [
    {
      id: 'introduction',
      heading: 'Overview',
      blocks: [
        {
          type: 'paragraph',
          spans: [
            {
              text: 'Yes, Azerbaijan and Israel enjoy a strong connection, built on geopolitical interests, cooperation in energy, business in defense and links between their cultures. Even though ',
            },
            { text: 'most of Azerbaijan’s population is Muslim', claim: 'C14' },
            { text: ', Israel has forged a valuable and respected partnership there.' },
          ],
        },
      ],
    },
    {
      id: 'diplomacy',
      heading: 'Diplomatic foundations and high-level visits',
      blocks: [
        {
          type: 'paragraph',
          spans: [
            {
              text: 'Azerbaijan received recognition of its independence from Israel very soon after the Soviet Union collapsed and Israel opened an embassy in Baku in 1993.',
              claim: 'C1',
            },
            {
              text: ' Ever since, there has been steady growth in relations, largely because of visits by top leaders. ',
            },
            {
              text: 'Both Prime Minister Benjamin Netanyahu and President Shimon Peres have traveled to Azerbaijan and in 2009, Peres announced:',
              claim: 'C2',
            },
          ],
        },
        {
          type: 'quote',
          spans: [{ text: '“You bring the oil, we’ll bring the ability and technology.”', claim: 'C2' }],
        },
        {
          type: 'paragraph',
          spans: [
            {
              text: 'Because of sensitivity about the Armenian conflict and pressure from some Muslim nations, Azerbaijan doesn’t yet have an embassy in Israel, but some top ministers there have visited in recent years.',
              claim: 'C3',
            },
            {
              text: ' There are visits by officials from the energy, transportation, communications and emergency services areas.',
            },
          ],
        },
      ],
    },
    {
      id: 'defence',
      heading: 'Strategic military and security cooperation',
      blocks: [
        {
          type: 'paragraph',
          spans: [
            { text: 'One of the most significant areas of cooperation is in military trade and defense:' },
          ],
        },
        {
          type: 'list',
          items: [
            [
              {
                text: 'In 2012, the countries finalized a deal for $1.6 billion of defense technology, including drones, anti-aircraft systems and missile defense.',
                claim: 'C4',
              },
            ],
            [
              {
                text: 'As a result of Israeli technology support, Azerbaijan now can build and take advantage of unmanned military systems on its own.',
                claim: 'C5',
              },
            ],
            [
              {
                text: 'Media reports in 2024 suggested that Azerbaijan and Israel reached an agreement on the acquisition of two military satellites, though no official confirmation has been released by either government.',
                claim: 'C6',
              },
            ],
          ],
        },
        {
          type: 'paragraph',
          spans: [
            {
              text: 'There are also persistent but unconfirmed reports that Israeli intelligence operates near the Azerbaijan-Iran border, a claim often denied but widely believed due to both countries’ shared concerns about Iran.',
              claim: 'C7',
            },
          ],
        },
      ],
    },
    {
      id: 'energy',
      heading: 'Energy and economic ties',
      blocks: [
        {
          type: 'paragraph',
          spans: [{ text: 'Energy is a cornerstone of the Azerbaijan–Israel relationship:' }],
        },
        {
          type: 'list',
          items: [
            [{ text: 'Each year, Israel uses about 40 percent of its oil from Azerbaijan.', claim: 'C8' }],
            [
              {
                text: 'While Turkey remains an important transit country for regional oil exports, Azerbaijan’s direct oil exports to Israel typically rely on the Baku–Tbilisi–Ceyhan pipeline, which connects through Turkey.',
                claim: 'C9',
              },
            ],
            [
              {
                text: 'SOCAR, the oil company from Azerbaijan, is taking part in oil and gas exploration off Israel’s coast for the first time outside the Caspian Sea region.',
                claim: 'C10',
              },
            ],
          ],
        },
        {
          type: 'paragraph',
          spans: [
            { text: 'Additionally, ' },
            { text: 'Israel has been one of Azerbaijan’s top five trading partners', claim: 'C11' },
            { text: ', showing the depth of their economic partnership.' },
          ],
        },
      ],
    },
    {
      id: 'community',
      heading: 'Cultural and community links',
      blocks: [
        {
          type: 'paragraph',
          spans: [{ text: 'Azerbaijan is also known for being a safe haven for Jews:' }],
        },
        {
          type: 'list',
          items: [
            [
              {
                text: 'The Jewish population in Azerbaijan which is about 20,000–25,000 people, has been living in Baku and Quba for more than 2,000 years.',
                claim: 'C12',
              },
            ],
            [
              { text: 'The community practises religious freedom and ' },
              {
                text: 'President Ilham Aliyev visits Jews regularly, wishing them happy holidays.',
                claim: 'C13',
              },
            ],
          ],
        },
      ],
    },
    {
      id: 'conclusion',
      heading: 'Conclusion',
      blocks: [
        {
          type: 'paragraph',
          spans: [
            {
              text: 'Azerbaijan and Israel have grown a practical relationship that benefits both sides by focusing on shared regional security issues, Iran and strong economic and military cooperation. Although privacy is important in certain parts of their relationship, it’s obvious that ',
            },
            { text: 'Azerbaijan is a secular country with a Muslim-majority population', claim: 'C14' },
            {
              text: ', and while it maintains a strong strategic partnership with Israel, it also balances its foreign relations with other regional powers.',
            },
          ],
        },
      ],
    },
  ],
};
