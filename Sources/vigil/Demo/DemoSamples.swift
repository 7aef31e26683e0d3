import Foundation

/// The built-in demo exports: small files in several formats, compiled into the binary.
///
/// Invented people and ids; e-mail on RFC 2606 domains; phone numbers from Ofcom's drama
/// ranges (07700 900xxx). Between them they show a phone number, an e-mail address, abuse,
/// spam and a commercial post, safeguarding concerns, a complaint, replies, an author the
/// export does not name, HTML entities, emoji, right-to-left text, a paging link with an access
/// token (which must never be stored or printed), and a comment edited in a later export.
enum DemoSamples {
    /// File names and contents, in the order the demo imports them.
    static let files: [(name: String, content: String)] = [
        ("facebook-sports-day.json", facebookFirst),
        ("youtube-winter-concert.json", youtube),
        ("instagram-comments.csv", csv),
        ("x-science-fair.json", x),
        ("facebook-sports-day-later.json", facebookLater),
    ]

    static func data(named name: String) -> Data? {
        files.first { $0.name == name }.map { Data($0.content.utf8) }
    }

    /// Facebook Graph `GET /{post-id}/comments`, first export.
    static let facebookFirst = #"""
        {
          "data": [
            {"id": "102030405060111_2001", "created_time": "2025-07-18T14:12:03+0000",
             "from": {"id": "5550001", "name": "Amelia Hart"},
             "message": "Fantastic sports day! Well done to every pupil 🏅", "like_count": 4, "comment_count": 1,
             "permalink_url": "https://www.facebook.com/102030405060/posts/111?comment_id=2001"},
            {"id": "102030405060111_2002", "created_time": "2025-07-18T14:20:45+0000",
             "from": {"id": "5550002", "name": "Dan Rook"}, "parent": {"id": "102030405060111_2001"},
             "message": "Agreed, the relay was brilliant", "like_count": 1},
            {"id": "102030405060111_2003", "created_time": "2025-07-18T15:02:10+0000",
             "message": "If anyone found a blue lunchbox please ring me on 07700 900417, thanks", "like_count": 0},
            {"id": "102030405060111_2004", "created_time": "2025-07-18T15:30:00+0000",
             "from": {"id": "5550004", "name": "Gary Pike"},
             "message": "The PE teacher is a useless idiot", "like_count": 0},
            {"id": "102030405060111_2005", "created_time": "2025-07-18T16:00:00+0000",
             "from": {"id": "5550005", "name": "Easy Money Daily"},
             "message": "Earn £500 a day from home!!! DM me or visit bit.ly/xyz-fake", "like_count": 0}
          ],
          "paging": {
            "cursors": {"before": "QVFIUjBkZAW1v", "after": "QVFIUjFkZAW1v"},
            "next": "https://graph.facebook.com/v19.0/102030405060_111/comments?access_token=EAADemoTokenNotReal0123456789&limit=25&after=QVFIUjFkZAW1v"
          }
        }
        """#

    /// The same post exported a day later: one comment edited, one new.
    static let facebookLater = #"""
        {
          "data": [
            {"id": "102030405060111_2001", "created_time": "2025-07-18T14:12:03+0000",
             "from": {"id": "5550001", "name": "Amelia Hart"},
             "message": "Fantastic sports day! Well done to every pupil 🏅", "like_count": 9, "comment_count": 1,
             "permalink_url": "https://www.facebook.com/102030405060/posts/111?comment_id=2001"},
            {"id": "102030405060111_2004", "created_time": "2025-07-18T15:30:00+0000",
             "from": {"id": "5550004", "name": "Gary Pike"},
             "message": "The PE teacher is a useless idiot and a bully, I know where he lives", "like_count": 0},
            {"id": "102030405060111_2006", "created_time": "2025-07-19T08:45:00+0000",
             "from": {"id": "5550006", "name": "Priya Shah"},
             "message": "My son says an older boy from the bus keeps messaging him, asking him to meet alone and not tell anyone. Who do I speak to?",
             "like_count": 0}
          ],
          "paging": {"cursors": {"before": "QVFIUjJkZAW1v", "after": "QVFIUjNkZAW1v"}}
        }
        """#

    /// YouTube Data API v3 `commentThreads.list`, with a reply.
    static let youtube = #"""
        {
          "kind": "youtube#commentThreadListResponse",
          "etag": "demo-etag-1",
          "pageInfo": {"totalResults": 2, "resultsPerPage": 20},
          "items": [
            {"kind": "youtube#commentThread", "etag": "demo-etag-2", "id": "UgxDemoThreadConcert1",
             "snippet": {"channelId": "UCdemoSchoolChannel00", "videoId": "demoVideo01",
               "topLevelComment": {"kind": "youtube#comment", "etag": "demo-etag-3", "id": "UgxDemoThreadConcert1",
                 "snippet": {"channelId": "UCdemoSchoolChannel00", "videoId": "demoVideo01",
                   "textDisplay": "Beautiful singing at the winter concert &amp; a lovely band 🎄",
                   "textOriginal": "Beautiful singing at the winter concert & a lovely band 🎄",
                   "authorDisplayName": "@GranJoan", "authorChannelId": {"value": "UCdemoGranJoan0000"},
                   "authorChannelUrl": "http://www.youtube.com/@GranJoan", "likeCount": 3,
                   "publishedAt": "2024-12-12T19:05:00Z", "updatedAt": "2024-12-12T19:05:00Z"}},
               "canReply": true, "totalReplyCount": 1, "isPublic": true},
             "replies": {"comments": [
               {"kind": "youtube#comment", "etag": "demo-etag-4", "id": "UgxDemoThreadConcert1.AaDemoReply1",
                "snippet": {"channelId": "UCdemoSchoolChannel00", "videoId": "demoVideo01",
                  "textDisplay": "sometimes i want to hurt myself, nobody at school listens",
                  "textOriginal": "sometimes i want to hurt myself, nobody at school listens",
                  "parentId": "UgxDemoThreadConcert1", "authorDisplayName": "@quiet_one_22",
                  "authorChannelId": {"value": "UCdemoQuietOne0000"}, "likeCount": 0,
                  "publishedAt": "2024-12-13T22:41:00Z", "updatedAt": "2024-12-13T22:41:00Z"}}
             ]}},
            {"kind": "youtube#commentThread", "etag": "demo-etag-5", "id": "UgxDemoThreadConcert2",
             "snippet": {"channelId": "UCdemoSchoolChannel00", "videoId": "demoVideo01",
               "topLevelComment": {"kind": "youtube#comment", "etag": "demo-etag-6", "id": "UgxDemoThreadConcert2",
                 "snippet": {"channelId": "UCdemoSchoolChannel00", "videoId": "demoVideo01",
                   "textDisplay": "Check out my channel for FREE gift cards!!! <a href=\"https://example.net/free\">https://example.net/free</a>",
                   "authorDisplayName": "@FreeGiftz4U", "authorChannelId": {"value": "UCdemoFreeGiftz000"},
                   "likeCount": 0, "publishedAt": "2024-12-14T03:10:00Z", "updatedAt": "2024-12-14T03:10:00Z"}},
               "canReply": true, "totalReplyCount": 0, "isPublic": true}}
          ]
        }
        """#

    /// A comment-export tool's CSV of Instagram comments.
    static let csv = #"""
        comment_id,username,text,created_at,post_id,url
        17890000000000001,parent_of_two,"Can someone message me the date of the trip? My email is sam.parent@example.com",2025-03-04T09:12:45Z,C0demoPost1,https://www.instagram.com/p/C0demoPost1/
        17890000000000002,bargain_uniforms,"Cheap school uniform, 50% discount, buy now at example.org/shop",2025-03-04 10:00:00,C0demoPost1,https://www.instagram.com/p/C0demoPost1/
        17890000000000003,mrs.jones.y4,"Thank you all for coming to the open evening! ""Best one yet""",1709550000,C0demoPost1,https://www.instagram.com/p/C0demoPost1/

        """#

    /// X API v2 conversation search, with one author missing from `includes.users`.
    static let x = #"""
        {
          "data": [
            {"id": "1897000000000000001", "text": "Proud of our Year 6 &amp; their science fair projects! 🔬",
             "author_id": "2001", "created_at": "2025-03-04T09:12:45.000Z", "conversation_id": "1897000000000000001"},
            {"id": "1897000000000000002", "text": "@demo_primary your head teacher is a liar and should be sacked",
             "author_id": "2002", "created_at": "2025-03-04T10:00:00.000Z", "conversation_id": "1897000000000000001",
             "in_reply_to_user_id": "2001", "referenced_tweets": [{"type": "replied_to", "id": "1897000000000000001"}]},
            {"id": "1897000000000000003", "text": "مبروك للطلاب! Congratulations to all the pupils",
             "author_id": "2003", "created_at": "2025-03-04T11:00:00.000Z", "conversation_id": "1897000000000000001",
             "referenced_tweets": [{"type": "replied_to", "id": "1897000000000000001"}]}
          ],
          "includes": {"users": [
            {"id": "2001", "name": "Demo Primary School", "username": "demo_primary"},
            {"id": "2002", "name": "Angry Parent", "username": "angry_parent_x"}
          ]},
          "errors": [
            {"value": "2003", "detail": "Could not find user with id: [2003].", "title": "Not Found Error",
             "resource_type": "user", "parameter": "author_id", "resource_id": "2003",
             "type": "https://api.twitter.com/2/problems/resource-not-found"}
          ],
          "meta": {"result_count": 3, "newest_id": "1897000000000000003", "oldest_id": "1897000000000000001"}
        }
        """#
}
