// GENERATED: the fold table's data. Each entry is `hex=value`: value `-` drops the code point
// (invisible characters, combining marks), `/` is a line break, otherwise one to three ASCII
// letters or digits, `^` first when the code point is upper case. Made with Python's
// unicodedata (Unicode 14): NFKD, combining marks removed, case folded, then Cyrillic and Greek
// look-alikes and Latin letters without a decomposition (ł, ø, ß, small capitals, turned
// letters) mapped by hand to the ASCII letter they imitate. Ranges: U+0080–U+2FFF,
// U+2C60–U+2C7F, U+A700–U+A7FF, U+FB00–U+FB4F, U+FF00–U+FFEF, U+1D400–U+1D7FF,
// U+1F100–U+1F1FF. Code points not listed are word boundaries.

extension FoldTable {
    static let data = """
85=/ aa=a ad=- b2=2 b3=3 b5=u b9=1 ba=o c0=^a c1=^a c2=^a c3=^a c4=^a c5=^a c6=^ae c7=^c c8=^e
c9=^e ca=^e cb=^e cc=^i cd=^i ce=^i cf=^i d0=^d d1=^n d2=^o d3=^o d4=^o d5=^o d6=^o d8=^o d9=^u
da=^u db=^u dc=^u dd=^y de=^th df=ss e0=a e1=a e2=a e3=a e4=a e5=a e6=ae e7=c e8=e e9=e ea=e
eb=e ec=i ed=i ee=i ef=i f0=d f1=n f2=o f3=o f4=o f5=o f6=o f8=o f9=u fa=u fb=u fc=u fd=y fe=th
ff=y 100=^a 101=a 102=^a 103=a 104=^a 105=a 106=^c 107=c 108=^c 109=c 10a=^c 10b=c 10c=^c 10d=c
10e=^d 10f=d 110=^d 111=d 112=^e 113=e 114=^e 115=e 116=^e 117=e 118=^e 119=e 11a=^e 11b=e
11c=^g 11d=g 11e=^g 11f=g 120=^g 121=g 122=^g 123=g 124=^h 125=h 126=^h 127=h 128=^i 129=i
12a=^i 12b=i 12c=^i 12d=i 12e=^i 12f=i 130=^i 131=i 132=^ij 133=ij 134=^j 135=j 136=^k 137=k
139=^l 13a=l 13b=^l 13c=l 13d=^l 13e=l 140=l 141=^l 142=l 143=^n 144=n 145=^n 146=n 147=^n
148=n 14c=^o 14d=o 14e=^o 14f=o 150=^o 151=o 152=^oe 153=oe 154=^r 155=r 156=^r 157=r 158=^r
159=r 15a=^s 15b=s 15c=^s 15d=s 15e=^s 15f=s 160=^s 161=s 162=^t 163=t 164=^t 165=t 166=^t
167=t 168=^u 169=u 16a=^u 16b=u 16c=^u 16d=u 16e=^u 16f=u 170=^u 171=u 172=^u 173=u 174=^w
175=w 176=^y 177=y 178=^y 179=^z 17a=z 17b=^z 17c=z 17d=^z 17e=z 17f=s 180=b 186=^c 18e=^e
191=^f 192=f 196=^i 197=^i 19c=^m 1a0=^o 1a1=o 1a6=^r 1af=^u 1b0=u 1c4=^dz 1c5=^dz 1c6=dz
1c7=^lj 1c8=^lj 1c9=lj 1ca=^nj 1cb=^nj 1cc=nj 1cd=^a 1ce=a 1cf=^i 1d0=i 1d1=^o 1d2=o 1d3=^u
1d4=u 1d5=^u 1d6=u 1d7=^u 1d8=u 1d9=^u 1da=u 1db=^u 1dc=u 1dd=e 1de=^a 1df=a 1e0=^a 1e1=a
1e2=^ae 1e3=ae 1e6=^g 1e7=g 1e8=^k 1e9=k 1ea=^o 1eb=o 1ec=^o 1ed=o 1f0=j 1f1=^dz 1f2=^dz 1f3=dz
1f4=^g 1f5=g 1f8=^n 1f9=n 1fa=^a 1fb=a 1fc=^ae 1fd=ae 1fe=^o 1ff=o 200=^a 201=a 202=^a 203=a
204=^e 205=e 206=^e 207=e 208=^i 209=i 20a=^i 20b=i 20c=^o 20d=o 20e=^o 20f=o 210=^r 211=r
212=^r 213=r 214=^u 215=u 216=^u 217=u 218=^s 219=s 21a=^t 21b=t 21e=^h 21f=h 226=^a 227=a
228=^e 229=e 22a=^o 22b=o 22c=^o 22d=o 22e=^o 22f=o 230=^o 231=o 232=^y 233=y 23b=^c 23c=c
243=^b 244=^u 245=^v 246=^e 247=e 24c=^r 24d=r 24e=^y 24f=y 250=a 251=a 254=c 25f=f 261=g 262=g
265=h 268=i 269=i 26a=i 26f=m 274=n 279=r 280=r 287=t 289=u 28c=v 28d=w 28e=y 28f=y 299=b 29c=h
29f=l 2b0=h 2b2=j 2b3=r 2b4=r 2b7=w 2b8=y 2e1=l 2e2=s 2e3=x 300=- 301=- 302=- 303=- 304=- 305=-
306=- 307=- 308=- 309=- 30a=- 30b=- 30c=- 30d=- 30e=- 30f=- 310=- 311=- 312=- 313=- 314=- 315=-
316=- 317=- 318=- 319=- 31a=- 31b=- 31c=- 31d=- 31e=- 31f=- 320=- 321=- 322=- 323=- 324=- 325=-
326=- 327=- 328=- 329=- 32a=- 32b=- 32c=- 32d=- 32e=- 32f=- 330=- 331=- 332=- 333=- 334=- 335=-
336=- 337=- 338=- 339=- 33a=- 33b=- 33c=- 33d=- 33e=- 33f=- 340=- 341=- 342=- 343=- 344=- 345=-
346=- 347=- 348=- 349=- 34a=- 34b=- 34c=- 34d=- 34e=- 34f=- 350=- 351=- 352=- 353=- 354=- 355=-
356=- 357=- 358=- 359=- 35a=- 35b=- 35c=- 35d=- 35e=- 35f=- 360=- 361=- 362=- 363=- 364=- 365=-
366=- 367=- 368=- 369=- 36a=- 36b=- 36c=- 36d=- 36e=- 36f=- 386=^a 388=^e 389=^n 38a=^i 38c=^o
38e=^u 38f=^w 390=i 391=^a 392=^b 393=^y 394=^d 395=^e 396=^z 397=^h 399=^i 39a=^k 39c=^m
39d=^n 39f=^o 3a0=^n 3a1=^p 3a3=^o 3a4=^t 3a5=^y 3a7=^x 3a9=^w 3aa=^i 3ab=^u 3ac=a 3ad=e 3ae=n
3af=i 3b0=u 3b1=a 3b2=b 3b3=y 3b4=d 3b5=e 3b6=z 3b7=n 3b9=i 3ba=k 3bc=u 3bd=v 3bf=o 3c0=n 3c1=p
3c2=s 3c3=o 3c4=t 3c5=u 3c7=x 3c9=w 3ca=i 3cb=u 3cc=o 3cd=u 3ce=w 3d0=b 3d2=^u 3d3=^u 3d4=^u
3d6=n 3f0=k 3f1=p 3f2=o 3f5=e 3f9=^o 400=^e 401=^e 403=^r 405=^s 406=^i 407=^i 408=^j 40c=^k
40d=^u 40e=^y 410=^a 411=^b 412=^b 413=^r 414=^d 415=^e 418=^u 419=^u 41a=^k 41c=^m 41d=^h
41e=^o 41f=^n 420=^p 421=^c 422=^t 423=^y 424=^f 425=^x 426=^u 428=^w 429=^w 42a=^b 42c=^b
42d=^e 42f=^r 430=a 431=b 432=b 433=r 434=d 435=e 438=u 439=u 43a=k 43c=m 43d=h 43e=o 43f=n
440=p 441=c 442=t 443=y 444=f 445=x 446=u 448=w 449=w 44a=b 44c=b 44d=e 44f=r 450=e 451=e 453=r
455=s 456=i 457=i 458=j 45c=k 45d=u 45e=y 483=- 484=- 485=- 486=- 487=- 488=- 489=- 492=^f
493=f 4ae=^y 4af=y 4ba=^h 4bb=h 4c0=^l 4cf=l 4d0=^a 4d1=a 4d2=^a 4d3=a 4d6=^e 4d7=e 4e2=^u
4e3=u 4e4=^u 4e5=u 4e6=^o 4e7=o 4ec=^e 4ed=e 4ee=^y 4ef=y 4f0=^y 4f1=y 4f2=^y 4f3=y 500=^d
501=d 51a=^q 51b=q 51c=^w 51d=w 591=- 592=- 593=- 594=- 595=- 596=- 597=- 598=- 599=- 59a=-
59b=- 59c=- 59d=- 59e=- 59f=- 5a0=- 5a1=- 5a2=- 5a3=- 5a4=- 5a5=- 5a6=- 5a7=- 5a8=- 5a9=- 5aa=-
5ab=- 5ac=- 5ad=- 5ae=- 5af=- 5b0=- 5b1=- 5b2=- 5b3=- 5b4=- 5b5=- 5b6=- 5b7=- 5b8=- 5b9=- 5ba=-
5bb=- 5bc=- 5bd=- 5bf=- 5c1=- 5c2=- 5c4=- 5c5=- 5c7=- 610=- 611=- 612=- 613=- 614=- 615=- 616=-
617=- 618=- 619=- 61a=- 61c=- 64b=- 64c=- 64d=- 64e=- 64f=- 650=- 651=- 652=- 653=- 654=- 655=-
656=- 657=- 658=- 659=- 65a=- 65b=- 65c=- 65d=- 65e=- 65f=- 660=٠ 661=١ 662=٢ 663=٣ 664=٤ 665=٥
666=٦ 667=٧ 668=٨ 669=٩ 670=- 6d6=- 6d7=- 6d8=- 6d9=- 6da=- 6db=- 6dc=- 6df=- 6e0=- 6e1=- 6e2=-
6e3=- 6e4=- 6e7=- 6e8=- 6ea=- 6eb=- 6ec=- 6ed=- 6f0=۰ 6f1=۱ 6f2=۲ 6f3=۳ 6f4=۴ 6f5=۵ 6f6=۶ 6f7=۷
6f8=۸ 6f9=۹ 711=- 730=- 731=- 732=- 733=- 734=- 735=- 736=- 737=- 738=- 739=- 73a=- 73b=- 73c=-
73d=- 73e=- 73f=- 740=- 741=- 742=- 743=- 744=- 745=- 746=- 747=- 748=- 749=- 74a=- 7a6=- 7a7=-
7a8=- 7a9=- 7aa=- 7ab=- 7ac=- 7ad=- 7ae=- 7af=- 7b0=- 7c0=߀ 7c1=߁ 7c2=߂ 7c3=߃ 7c4=߄ 7c5=߅ 7c6=߆
7c7=߇ 7c8=߈ 7c9=߉ 7eb=- 7ec=- 7ed=- 7ee=- 7ef=- 7f0=- 7f1=- 7f2=- 7f3=- 7fd=- 816=- 817=- 818=-
819=- 81b=- 81c=- 81d=- 81e=- 81f=- 820=- 821=- 822=- 823=- 825=- 826=- 827=- 829=- 82a=- 82b=-
82c=- 82d=- 859=- 85a=- 85b=- 898=- 899=- 89a=- 89b=- 89c=- 89d=- 89e=- 89f=- 8ca=- 8cb=- 8cc=-
8cd=- 8ce=- 8cf=- 8d0=- 8d1=- 8d2=- 8d3=- 8d4=- 8d5=- 8d6=- 8d7=- 8d8=- 8d9=- 8da=- 8db=- 8dc=-
8dd=- 8de=- 8df=- 8e0=- 8e1=- 8e3=- 8e4=- 8e5=- 8e6=- 8e7=- 8e8=- 8e9=- 8ea=- 8eb=- 8ec=- 8ed=-
8ee=- 8ef=- 8f0=- 8f1=- 8f2=- 8f3=- 8f4=- 8f5=- 8f6=- 8f7=- 8f8=- 8f9=- 8fa=- 8fb=- 8fc=- 8fd=-
8fe=- 8ff=- 900=- 901=- 902=- 93a=- 93c=- 941=- 942=- 943=- 944=- 945=- 946=- 947=- 948=- 94d=-
951=- 952=- 953=- 954=- 955=- 956=- 957=- 962=- 963=- 966=० 967=१ 968=२ 969=३ 96a=४ 96b=५ 96c=६
96d=७ 96e=८ 96f=९ 981=- 9bc=- 9c1=- 9c2=- 9c3=- 9c4=- 9cd=- 9e2=- 9e3=- 9e6=০ 9e7=১ 9e8=২ 9e9=৩
9ea=৪ 9eb=৫ 9ec=৬ 9ed=৭ 9ee=৮ 9ef=৯ 9fe=- a01=- a02=- a3c=- a41=- a42=- a47=- a48=- a4b=- a4c=-
a4d=- a51=- a66=੦ a67=੧ a68=੨ a69=੩ a6a=੪ a6b=੫ a6c=੬ a6d=੭ a6e=੮ a6f=੯ a70=- a71=- a75=- a81=-
a82=- abc=- ac1=- ac2=- ac3=- ac4=- ac5=- ac7=- ac8=- acd=- ae2=- ae3=- ae6=૦ ae7=૧ ae8=૨ ae9=૩
aea=૪ aeb=૫ aec=૬ aed=૭ aee=૮ aef=૯ afa=- afb=- afc=- afd=- afe=- aff=- b01=- b3c=- b3f=- b41=-
b42=- b43=- b44=- b4d=- b55=- b56=- b62=- b63=- b66=୦ b67=୧ b68=୨ b69=୩ b6a=୪ b6b=୫ b6c=୬ b6d=୭
b6e=୮ b6f=୯ b82=- bc0=- bcd=- be6=௦ be7=௧ be8=௨ be9=௩ bea=௪ beb=௫ bec=௬ bed=௭ bee=௮ bef=௯ c00=-
c04=- c3c=- c3e=- c3f=- c40=- c46=- c47=- c48=- c4a=- c4b=- c4c=- c4d=- c55=- c56=- c62=- c63=-
c66=౦ c67=౧ c68=౨ c69=౩ c6a=౪ c6b=౫ c6c=౬ c6d=౭ c6e=౮ c6f=౯ c81=- cbc=- cbf=- cc6=- ccc=- ccd=-
ce2=- ce3=- ce6=೦ ce7=೧ ce8=೨ ce9=೩ cea=೪ ceb=೫ cec=೬ ced=೭ cee=೮ cef=೯ d00=- d01=- d3b=- d3c=-
d41=- d42=- d43=- d44=- d4d=- d62=- d63=- d66=൦ d67=൧ d68=൨ d69=൩ d6a=൪ d6b=൫ d6c=൬ d6d=൭ d6e=൮
d6f=൯ d81=- dca=- dd2=- dd3=- dd4=- dd6=- de6=෦ de7=෧ de8=෨ de9=෩ dea=෪ deb=෫ dec=෬ ded=෭ dee=෮
def=෯ e31=- e34=- e35=- e36=- e37=- e38=- e39=- e3a=- e47=- e48=- e49=- e4a=- e4b=- e4c=- e4d=-
e4e=- e50=๐ e51=๑ e52=๒ e53=๓ e54=๔ e55=๕ e56=๖ e57=๗ e58=๘ e59=๙ eb1=- eb4=- eb5=- eb6=- eb7=-
eb8=- eb9=- eba=- ebb=- ebc=- ec8=- ec9=- eca=- ecb=- ecc=- ecd=- ed0=໐ ed1=໑ ed2=໒ ed3=໓ ed4=໔
ed5=໕ ed6=໖ ed7=໗ ed8=໘ ed9=໙ f18=- f19=- f20=༠ f21=༡ f22=༢ f23=༣ f24=༤ f25=༥ f26=༦ f27=༧ f28=༨
f29=༩ f35=- f37=- f39=- f71=- f72=- f73=- f74=- f75=- f76=- f77=- f78=- f79=- f7a=- f7b=- f7c=-
f7d=- f7e=- f80=- f81=- f82=- f83=- f84=- f86=- f87=- f8d=- f8e=- f8f=- f90=- f91=- f92=- f93=-
f94=- f95=- f96=- f97=- f99=- f9a=- f9b=- f9c=- f9d=- f9e=- f9f=- fa0=- fa1=- fa2=- fa3=- fa4=-
fa5=- fa6=- fa7=- fa8=- fa9=- faa=- fab=- fac=- fad=- fae=- faf=- fb0=- fb1=- fb2=- fb3=- fb4=-
fb5=- fb6=- fb7=- fb8=- fb9=- fba=- fbb=- fbc=- fc6=- 102d=- 102e=- 102f=- 1030=- 1032=- 1033=-
1034=- 1035=- 1036=- 1037=- 1039=- 103a=- 103d=- 103e=- 1040=၀ 1041=၁ 1042=၂ 1043=၃ 1044=၄
1045=၅ 1046=၆ 1047=၇ 1048=၈ 1049=၉ 1058=- 1059=- 105e=- 105f=- 1060=- 1071=- 1072=- 1073=-
1074=- 1082=- 1085=- 1086=- 108d=- 1090=႐ 1091=႑ 1092=႒ 1093=႓ 1094=႔ 1095=႕ 1096=႖ 1097=႗
1098=႘ 1099=႙ 109d=- 115f=- 1160=- 135d=- 135e=- 135f=- 1712=- 1713=- 1714=- 1732=- 1733=-
1752=- 1753=- 1772=- 1773=- 17b4=- 17b5=- 17b7=- 17b8=- 17b9=- 17ba=- 17bb=- 17bc=- 17bd=-
17c6=- 17c9=- 17ca=- 17cb=- 17cc=- 17cd=- 17ce=- 17cf=- 17d0=- 17d1=- 17d2=- 17d3=- 17dd=-
17e0=០ 17e1=១ 17e2=២ 17e3=៣ 17e4=៤ 17e5=៥ 17e6=៦ 17e7=៧ 17e8=៨ 17e9=៩ 180b=- 180c=- 180d=-
180e=- 180f=- 1810=᠐ 1811=᠑ 1812=᠒ 1813=᠓ 1814=᠔ 1815=᠕ 1816=᠖ 1817=᠗ 1818=᠘ 1819=᠙ 1885=-
1886=- 18a9=- 1920=- 1921=- 1922=- 1927=- 1928=- 1932=- 1939=- 193a=- 193b=- 1946=᥆ 1947=᥇
1948=᥈ 1949=᥉ 194a=᥊ 194b=᥋ 194c=᥌ 194d=᥍ 194e=᥎ 194f=᥏ 19d0=᧐ 19d1=᧑ 19d2=᧒ 19d3=᧓ 19d4=᧔
19d5=᧕ 19d6=᧖ 19d7=᧗ 19d8=᧘ 19d9=᧙ 1a17=- 1a18=- 1a1b=- 1a56=- 1a58=- 1a59=- 1a5a=- 1a5b=-
1a5c=- 1a5d=- 1a5e=- 1a60=- 1a62=- 1a65=- 1a66=- 1a67=- 1a68=- 1a69=- 1a6a=- 1a6b=- 1a6c=-
1a73=- 1a74=- 1a75=- 1a76=- 1a77=- 1a78=- 1a79=- 1a7a=- 1a7b=- 1a7c=- 1a7f=- 1a80=᪀ 1a81=᪁
1a82=᪂ 1a83=᪃ 1a84=᪄ 1a85=᪅ 1a86=᪆ 1a87=᪇ 1a88=᪈ 1a89=᪉ 1a90=᪐ 1a91=᪑ 1a92=᪒ 1a93=᪓ 1a94=᪔
1a95=᪕ 1a96=᪖ 1a97=᪗ 1a98=᪘ 1a99=᪙ 1ab0=- 1ab1=- 1ab2=- 1ab3=- 1ab4=- 1ab5=- 1ab6=- 1ab7=-
1ab8=- 1ab9=- 1aba=- 1abb=- 1abc=- 1abd=- 1abe=- 1abf=- 1ac0=- 1ac1=- 1ac2=- 1ac3=- 1ac4=-
1ac5=- 1ac6=- 1ac7=- 1ac8=- 1ac9=- 1aca=- 1acb=- 1acc=- 1acd=- 1ace=- 1b00=- 1b01=- 1b02=-
1b03=- 1b34=- 1b36=- 1b37=- 1b38=- 1b39=- 1b3a=- 1b3c=- 1b42=- 1b50=᭐ 1b51=᭑ 1b52=᭒ 1b53=᭓
1b54=᭔ 1b55=᭕ 1b56=᭖ 1b57=᭗ 1b58=᭘ 1b59=᭙ 1b6b=- 1b6c=- 1b6d=- 1b6e=- 1b6f=- 1b70=- 1b71=-
1b72=- 1b73=- 1b80=- 1b81=- 1ba2=- 1ba3=- 1ba4=- 1ba5=- 1ba8=- 1ba9=- 1bab=- 1bac=- 1bad=-
1bb0=᮰ 1bb1=᮱ 1bb2=᮲ 1bb3=᮳ 1bb4=᮴ 1bb5=᮵ 1bb6=᮶ 1bb7=᮷ 1bb8=᮸ 1bb9=᮹ 1be6=- 1be8=- 1be9=-
1bed=- 1bef=- 1bf0=- 1bf1=- 1c2c=- 1c2d=- 1c2e=- 1c2f=- 1c30=- 1c31=- 1c32=- 1c33=- 1c36=-
1c37=- 1c40=᱀ 1c41=᱁ 1c42=᱂ 1c43=᱃ 1c44=᱄ 1c45=᱅ 1c46=᱆ 1c47=᱇ 1c48=᱈ 1c49=᱉ 1c50=᱐ 1c51=᱑
1c52=᱒ 1c53=᱓ 1c54=᱔ 1c55=᱕ 1c56=᱖ 1c57=᱗ 1c58=᱘ 1c59=᱙ 1c80=b 1c81=d 1c82=o 1c83=c 1c84=t
1c85=t 1c86=b 1cd0=- 1cd1=- 1cd2=- 1cd4=- 1cd5=- 1cd6=- 1cd7=- 1cd8=- 1cd9=- 1cda=- 1cdb=-
1cdc=- 1cdd=- 1cde=- 1cdf=- 1ce0=- 1ce2=- 1ce3=- 1ce4=- 1ce5=- 1ce6=- 1ce7=- 1ce8=- 1ced=-
1cf4=- 1cf8=- 1cf9=- 1d00=a 1d04=c 1d05=d 1d07=e 1d0a=j 1d0b=k 1d0d=m 1d0f=o 1d18=p 1d1b=t
1d1c=u 1d20=v 1d21=w 1d22=z 1d2c=a 1d2d=ae 1d2e=b 1d30=d 1d31=e 1d32=e 1d33=g 1d34=h 1d35=i
1d36=j 1d37=k 1d38=l 1d39=m 1d3a=n 1d3c=o 1d3e=p 1d3f=r 1d40=t 1d41=u 1d42=w 1d43=a 1d44=a
1d45=a 1d47=b 1d48=d 1d49=e 1d4d=g 1d4f=k 1d50=m 1d52=o 1d53=c 1d56=p 1d57=t 1d58=u 1d5a=m
1d5b=v 1d5d=b 1d5e=y 1d5f=d 1d61=x 1d62=i 1d63=r 1d64=u 1d65=v 1d66=b 1d67=y 1d68=p 1d6a=x
1d78=h 1d9c=c 1d9e=d 1da0=f 1da1=f 1da2=g 1da3=h 1da4=i 1da5=i 1da6=i 1dab=l 1db0=n 1db6=u
1db8=u 1dba=v 1dbb=z 1dc0=- 1dc1=- 1dc2=- 1dc3=- 1dc4=- 1dc5=- 1dc6=- 1dc7=- 1dc8=- 1dc9=-
1dca=- 1dcb=- 1dcc=- 1dcd=- 1dce=- 1dcf=- 1dd0=- 1dd1=- 1dd2=- 1dd3=- 1dd4=- 1dd5=- 1dd6=-
1dd7=- 1dd8=- 1dd9=- 1dda=- 1ddb=- 1ddc=- 1ddd=- 1dde=- 1ddf=- 1de0=- 1de1=- 1de2=- 1de3=-
1de4=- 1de5=- 1de6=- 1de7=- 1de8=- 1de9=- 1dea=- 1deb=- 1dec=- 1ded=- 1dee=- 1def=- 1df0=-
1df1=- 1df2=- 1df3=- 1df4=- 1df5=- 1df6=- 1df7=- 1df8=- 1df9=- 1dfa=- 1dfb=- 1dfc=- 1dfd=-
1dfe=- 1dff=- 1e00=^a 1e01=a 1e02=^b 1e03=b 1e04=^b 1e05=b 1e06=^b 1e07=b 1e08=^c 1e09=c
1e0a=^d 1e0b=d 1e0c=^d 1e0d=d 1e0e=^d 1e0f=d 1e10=^d 1e11=d 1e12=^d 1e13=d 1e14=^e 1e15=e
1e16=^e 1e17=e 1e18=^e 1e19=e 1e1a=^e 1e1b=e 1e1c=^e 1e1d=e 1e1e=^f 1e1f=f 1e20=^g 1e21=g
1e22=^h 1e23=h 1e24=^h 1e25=h 1e26=^h 1e27=h 1e28=^h 1e29=h 1e2a=^h 1e2b=h 1e2c=^i 1e2d=i
1e2e=^i 1e2f=i 1e30=^k 1e31=k 1e32=^k 1e33=k 1e34=^k 1e35=k 1e36=^l 1e37=l 1e38=^l 1e39=l
1e3a=^l 1e3b=l 1e3c=^l 1e3d=l 1e3e=^m 1e3f=m 1e40=^m 1e41=m 1e42=^m 1e43=m 1e44=^n 1e45=n
1e46=^n 1e47=n 1e48=^n 1e49=n 1e4a=^n 1e4b=n 1e4c=^o 1e4d=o 1e4e=^o 1e4f=o 1e50=^o 1e51=o
1e52=^o 1e53=o 1e54=^p 1e55=p 1e56=^p 1e57=p 1e58=^r 1e59=r 1e5a=^r 1e5b=r 1e5c=^r 1e5d=r
1e5e=^r 1e5f=r 1e60=^s 1e61=s 1e62=^s 1e63=s 1e64=^s 1e65=s 1e66=^s 1e67=s 1e68=^s 1e69=s
1e6a=^t 1e6b=t 1e6c=^t 1e6d=t 1e6e=^t 1e6f=t 1e70=^t 1e71=t 1e72=^u 1e73=u 1e74=^u 1e75=u
1e76=^u 1e77=u 1e78=^u 1e79=u 1e7a=^u 1e7b=u 1e7c=^v 1e7d=v 1e7e=^v 1e7f=v 1e80=^w 1e81=w
1e82=^w 1e83=w 1e84=^w 1e85=w 1e86=^w 1e87=w 1e88=^w 1e89=w 1e8a=^x 1e8b=x 1e8c=^x 1e8d=x
1e8e=^y 1e8f=y 1e90=^z 1e91=z 1e92=^z 1e93=z 1e94=^z 1e95=z 1e96=h 1e97=t 1e98=w 1e99=y 1e9b=s
1e9e=^ss 1ea0=^a 1ea1=a 1ea2=^a 1ea3=a 1ea4=^a 1ea5=a 1ea6=^a 1ea7=a 1ea8=^a 1ea9=a 1eaa=^a
1eab=a 1eac=^a 1ead=a 1eae=^a 1eaf=a 1eb0=^a 1eb1=a 1eb2=^a 1eb3=a 1eb4=^a 1eb5=a 1eb6=^a
1eb7=a 1eb8=^e 1eb9=e 1eba=^e 1ebb=e 1ebc=^e 1ebd=e 1ebe=^e 1ebf=e 1ec0=^e 1ec1=e 1ec2=^e
1ec3=e 1ec4=^e 1ec5=e 1ec6=^e 1ec7=e 1ec8=^i 1ec9=i 1eca=^i 1ecb=i 1ecc=^o 1ecd=o 1ece=^o
1ecf=o 1ed0=^o 1ed1=o 1ed2=^o 1ed3=o 1ed4=^o 1ed5=o 1ed6=^o 1ed7=o 1ed8=^o 1ed9=o 1eda=^o
1edb=o 1edc=^o 1edd=o 1ede=^o 1edf=o 1ee0=^o 1ee1=o 1ee2=^o 1ee3=o 1ee4=^u 1ee5=u 1ee6=^u
1ee7=u 1ee8=^u 1ee9=u 1eea=^u 1eeb=u 1eec=^u 1eed=u 1eee=^u 1eef=u 1ef0=^u 1ef1=u 1ef2=^y
1ef3=y 1ef4=^y 1ef5=y 1ef6=^y 1ef7=y 1ef8=^y 1ef9=y 1f00=a 1f01=a 1f02=a 1f03=a 1f04=a 1f05=a
1f06=a 1f07=a 1f08=^a 1f09=^a 1f0a=^a 1f0b=^a 1f0c=^a 1f0d=^a 1f0e=^a 1f0f=^a 1f10=e 1f11=e
1f12=e 1f13=e 1f14=e 1f15=e 1f18=^e 1f19=^e 1f1a=^e 1f1b=^e 1f1c=^e 1f1d=^e 1f20=n 1f21=n
1f22=n 1f23=n 1f24=n 1f25=n 1f26=n 1f27=n 1f28=^n 1f29=^n 1f2a=^n 1f2b=^n 1f2c=^n 1f2d=^n
1f2e=^n 1f2f=^n 1f30=i 1f31=i 1f32=i 1f33=i 1f34=i 1f35=i 1f36=i 1f37=i 1f38=^i 1f39=^i 1f3a=^i
1f3b=^i 1f3c=^i 1f3d=^i 1f3e=^i 1f3f=^i 1f40=o 1f41=o 1f42=o 1f43=o 1f44=o 1f45=o 1f48=^o
1f49=^o 1f4a=^o 1f4b=^o 1f4c=^o 1f4d=^o 1f50=u 1f51=u 1f52=u 1f53=u 1f54=u 1f55=u 1f56=u 1f57=u
1f59=^u 1f5b=^u 1f5d=^u 1f5f=^u 1f60=w 1f61=w 1f62=w 1f63=w 1f64=w 1f65=w 1f66=w 1f67=w 1f68=^w
1f69=^w 1f6a=^w 1f6b=^w 1f6c=^w 1f6d=^w 1f6e=^w 1f6f=^w 1f70=a 1f71=a 1f72=e 1f73=e 1f74=n
1f75=n 1f76=i 1f77=i 1f78=o 1f79=o 1f7a=u 1f7b=u 1f7c=w 1f7d=w 1f80=a 1f81=a 1f82=a 1f83=a
1f84=a 1f85=a 1f86=a 1f87=a 1f88=^a 1f89=^a 1f8a=^a 1f8b=^a 1f8c=^a 1f8d=^a 1f8e=^a 1f8f=^a
1f90=n 1f91=n 1f92=n 1f93=n 1f94=n 1f95=n 1f96=n 1f97=n 1f98=^n 1f99=^n 1f9a=^n 1f9b=^n 1f9c=^n
1f9d=^n 1f9e=^n 1f9f=^n 1fa0=w 1fa1=w 1fa2=w 1fa3=w 1fa4=w 1fa5=w 1fa6=w 1fa7=w 1fa8=^w 1fa9=^w
1faa=^w 1fab=^w 1fac=^w 1fad=^w 1fae=^w 1faf=^w 1fb0=a 1fb1=a 1fb2=a 1fb3=a 1fb4=a 1fb6=a
1fb7=a 1fb8=^a 1fb9=^a 1fba=^a 1fbb=^a 1fbc=^a 1fbe=i 1fc2=n 1fc3=n 1fc4=n 1fc6=n 1fc7=n
1fc8=^e 1fc9=^e 1fca=^n 1fcb=^n 1fcc=^n 1fd0=i 1fd1=i 1fd2=i 1fd3=i 1fd6=i 1fd7=i 1fd8=^i
1fd9=^i 1fda=^i 1fdb=^i 1fe0=u 1fe1=u 1fe2=u 1fe3=u 1fe4=p 1fe5=p 1fe6=u 1fe7=u 1fe8=^u 1fe9=^u
1fea=^u 1feb=^u 1fec=^p 1ff2=w 1ff3=w 1ff4=w 1ff6=w 1ff7=w 1ff8=^o 1ff9=^o 1ffa=^w 1ffb=^w
1ffc=^w 200b=- 200c=- 200d=- 200e=- 200f=- 2028=/ 2029=/ 202a=- 202b=- 202c=- 202d=- 202e=-
2060=- 2061=- 2062=- 2063=- 2064=- 2066=- 2067=- 2068=- 2069=- 206a=- 206b=- 206c=- 206d=-
206e=- 206f=- 2070=0 2071=i 2074=4 2075=5 2076=6 2077=7 2078=8 2079=9 207f=n 2080=0 2081=1
2082=2 2083=3 2084=4 2085=5 2086=6 2087=7 2088=8 2089=9 2090=a 2091=e 2092=o 2093=x 2095=h
2096=k 2097=l 2098=m 2099=n 209a=p 209b=s 209c=t 20a8=rs 20d0=- 20d1=- 20d2=- 20d3=- 20d4=-
20d5=- 20d6=- 20d7=- 20d8=- 20d9=- 20da=- 20db=- 20dc=- 20dd=- 20de=- 20df=- 20e0=- 20e1=-
20e2=- 20e3=- 20e4=- 20e5=- 20e6=- 20e7=- 20e8=- 20e9=- 20ea=- 20eb=- 20ec=- 20ed=- 20ee=-
20ef=- 20f0=- 2102=^c 210a=g 210b=^h 210c=^h 210d=^h 210e=h 210f=h 2110=^i 2111=^i 2112=^l
2113=l 2115=^n 2116=no 2119=^p 211a=^q 211b=^r 211c=^r 211d=^r 2120=sm 2121=tel 2122=tm 2124=^z
2126=^w 2128=^z 212a=^k 212b=^a 212c=^b 212d=^c 212f=e 2130=^e 2131=^f 2133=^m 2134=o 2139=i
213b=fax 213c=n 213d=y 213e=^y 213f=^n 2145=^d 2146=d 2147=e 2148=i 2149=j 2160=^i 2161=^ii
2162=^iii 2163=^iv 2164=^v 2165=^vi 2166=^vii 2168=^ix 2169=^x 216a=^xi 216b=^xii 216c=^l
216d=^c 216e=^d 216f=^m 2170=i 2171=ii 2172=iii 2173=iv 2174=v 2175=vi 2176=vii 2178=ix 2179=x
217a=xi 217b=xii 217c=l 217d=c 217e=d 217f=m 2460=1 2461=2 2462=3 2463=4 2464=5 2465=6 2466=7
2467=8 2468=9 2469=10 246a=11 246b=12 246c=13 246d=14 246e=15 246f=16 2470=17 2471=18 2472=19
2473=20 24b6=^a 24b7=^b 24b8=^c 24b9=^d 24ba=^e 24bb=^f 24bc=^g 24bd=^h 24be=^i 24bf=^j 24c0=^k
24c1=^l 24c2=^m 24c3=^n 24c4=^o 24c5=^p 24c6=^q 24c7=^r 24c8=^s 24c9=^t 24ca=^u 24cb=^v 24cc=^w
24cd=^x 24ce=^y 24cf=^z 24d0=a 24d1=b 24d2=c 24d3=d 24d4=e 24d5=f 24d6=g 24d7=h 24d8=i 24d9=j
24da=k 24db=l 24dc=m 24dd=n 24de=o 24df=p 24e0=q 24e1=r 24e2=s 24e3=t 24e4=u 24e5=v 24e6=w
24e7=x 24e8=y 24e9=z 24ea=0 2c6d=^a 2c6f=^a 2c7c=j 2c7d=v 2cef=- 2cf0=- 2cf1=- 2d7f=- 2de0=-
2de1=- 2de2=- 2de3=- 2de4=- 2de5=- 2de6=- 2de7=- 2de8=- 2de9=- 2dea=- 2deb=- 2dec=- 2ded=-
2dee=- 2def=- 2df0=- 2df1=- 2df2=- 2df3=- 2df4=- 2df5=- 2df6=- 2df7=- 2df8=- 2df9=- 2dfa=-
2dfb=- 2dfc=- 2dfd=- 2dfe=- 2dff=- 1d400=^a 1d401=^b 1d402=^c 1d403=^d 1d404=^e 1d405=^f
1d406=^g 1d407=^h 1d408=^i 1d409=^j 1d40a=^k 1d40b=^l 1d40c=^m 1d40d=^n 1d40e=^o 1d40f=^p
1d410=^q 1d411=^r 1d412=^s 1d413=^t 1d414=^u 1d415=^v 1d416=^w 1d417=^x 1d418=^y 1d419=^z
1d41a=a 1d41b=b 1d41c=c 1d41d=d 1d41e=e 1d41f=f 1d420=g 1d421=h 1d422=i 1d423=j 1d424=k 1d425=l
1d426=m 1d427=n 1d428=o 1d429=p 1d42a=q 1d42b=r 1d42c=s 1d42d=t 1d42e=u 1d42f=v 1d430=w 1d431=x
1d432=y 1d433=z 1d434=^a 1d435=^b 1d436=^c 1d437=^d 1d438=^e 1d439=^f 1d43a=^g 1d43b=^h
1d43c=^i 1d43d=^j 1d43e=^k 1d43f=^l 1d440=^m 1d441=^n 1d442=^o 1d443=^p 1d444=^q 1d445=^r
1d446=^s 1d447=^t 1d448=^u 1d449=^v 1d44a=^w 1d44b=^x 1d44c=^y 1d44d=^z 1d44e=a 1d44f=b 1d450=c
1d451=d 1d452=e 1d453=f 1d454=g 1d456=i 1d457=j 1d458=k 1d459=l 1d45a=m 1d45b=n 1d45c=o 1d45d=p
1d45e=q 1d45f=r 1d460=s 1d461=t 1d462=u 1d463=v 1d464=w 1d465=x 1d466=y 1d467=z 1d468=^a
1d469=^b 1d46a=^c 1d46b=^d 1d46c=^e 1d46d=^f 1d46e=^g 1d46f=^h 1d470=^i 1d471=^j 1d472=^k
1d473=^l 1d474=^m 1d475=^n 1d476=^o 1d477=^p 1d478=^q 1d479=^r 1d47a=^s 1d47b=^t 1d47c=^u
1d47d=^v 1d47e=^w 1d47f=^x 1d480=^y 1d481=^z 1d482=a 1d483=b 1d484=c 1d485=d 1d486=e 1d487=f
1d488=g 1d489=h 1d48a=i 1d48b=j 1d48c=k 1d48d=l 1d48e=m 1d48f=n 1d490=o 1d491=p 1d492=q 1d493=r
1d494=s 1d495=t 1d496=u 1d497=v 1d498=w 1d499=x 1d49a=y 1d49b=z 1d49c=^a 1d49e=^c 1d49f=^d
1d4a2=^g 1d4a5=^j 1d4a6=^k 1d4a9=^n 1d4aa=^o 1d4ab=^p 1d4ac=^q 1d4ae=^s 1d4af=^t 1d4b0=^u
1d4b1=^v 1d4b2=^w 1d4b3=^x 1d4b4=^y 1d4b5=^z 1d4b6=a 1d4b7=b 1d4b8=c 1d4b9=d 1d4bb=f 1d4bd=h
1d4be=i 1d4bf=j 1d4c0=k 1d4c1=l 1d4c2=m 1d4c3=n 1d4c5=p 1d4c6=q 1d4c7=r 1d4c8=s 1d4c9=t 1d4ca=u
1d4cb=v 1d4cc=w 1d4cd=x 1d4ce=y 1d4cf=z 1d4d0=^a 1d4d1=^b 1d4d2=^c 1d4d3=^d 1d4d4=^e 1d4d5=^f
1d4d6=^g 1d4d7=^h 1d4d8=^i 1d4d9=^j 1d4da=^k 1d4db=^l 1d4dc=^m 1d4dd=^n 1d4de=^o 1d4df=^p
1d4e0=^q 1d4e1=^r 1d4e2=^s 1d4e3=^t 1d4e4=^u 1d4e5=^v 1d4e6=^w 1d4e7=^x 1d4e8=^y 1d4e9=^z
1d4ea=a 1d4eb=b 1d4ec=c 1d4ed=d 1d4ee=e 1d4ef=f 1d4f0=g 1d4f1=h 1d4f2=i 1d4f3=j 1d4f4=k 1d4f5=l
1d4f6=m 1d4f7=n 1d4f8=o 1d4f9=p 1d4fa=q 1d4fb=r 1d4fc=s 1d4fd=t 1d4fe=u 1d4ff=v 1d500=w 1d501=x
1d502=y 1d503=z 1d504=^a 1d505=^b 1d507=^d 1d508=^e 1d509=^f 1d50a=^g 1d50d=^j 1d50e=^k
1d50f=^l 1d510=^m 1d511=^n 1d512=^o 1d513=^p 1d514=^q 1d516=^s 1d517=^t 1d518=^u 1d519=^v
1d51a=^w 1d51b=^x 1d51c=^y 1d51e=a 1d51f=b 1d520=c 1d521=d 1d522=e 1d523=f 1d524=g 1d525=h
1d526=i 1d527=j 1d528=k 1d529=l 1d52a=m 1d52b=n 1d52c=o 1d52d=p 1d52e=q 1d52f=r 1d530=s 1d531=t
1d532=u 1d533=v 1d534=w 1d535=x 1d536=y 1d537=z 1d538=^a 1d539=^b 1d53b=^d 1d53c=^e 1d53d=^f
1d53e=^g 1d540=^i 1d541=^j 1d542=^k 1d543=^l 1d544=^m 1d546=^o 1d54a=^s 1d54b=^t 1d54c=^u
1d54d=^v 1d54e=^w 1d54f=^x 1d550=^y 1d552=a 1d553=b 1d554=c 1d555=d 1d556=e 1d557=f 1d558=g
1d559=h 1d55a=i 1d55b=j 1d55c=k 1d55d=l 1d55e=m 1d55f=n 1d560=o 1d561=p 1d562=q 1d563=r 1d564=s
1d565=t 1d566=u 1d567=v 1d568=w 1d569=x 1d56a=y 1d56b=z 1d56c=^a 1d56d=^b 1d56e=^c 1d56f=^d
1d570=^e 1d571=^f 1d572=^g 1d573=^h 1d574=^i 1d575=^j 1d576=^k 1d577=^l 1d578=^m 1d579=^n
1d57a=^o 1d57b=^p 1d57c=^q 1d57d=^r 1d57e=^s 1d57f=^t 1d580=^u 1d581=^v 1d582=^w 1d583=^x
1d584=^y 1d585=^z 1d586=a 1d587=b 1d588=c 1d589=d 1d58a=e 1d58b=f 1d58c=g 1d58d=h 1d58e=i
1d58f=j 1d590=k 1d591=l 1d592=m 1d593=n 1d594=o 1d595=p 1d596=q 1d597=r 1d598=s 1d599=t 1d59a=u
1d59b=v 1d59c=w 1d59d=x 1d59e=y 1d59f=z 1d5a0=^a 1d5a1=^b 1d5a2=^c 1d5a3=^d 1d5a4=^e 1d5a5=^f
1d5a6=^g 1d5a7=^h 1d5a8=^i 1d5a9=^j 1d5aa=^k 1d5ab=^l 1d5ac=^m 1d5ad=^n 1d5ae=^o 1d5af=^p
1d5b0=^q 1d5b1=^r 1d5b2=^s 1d5b3=^t 1d5b4=^u 1d5b5=^v 1d5b6=^w 1d5b7=^x 1d5b8=^y 1d5b9=^z
1d5ba=a 1d5bb=b 1d5bc=c 1d5bd=d 1d5be=e 1d5bf=f 1d5c0=g 1d5c1=h 1d5c2=i 1d5c3=j 1d5c4=k 1d5c5=l
1d5c6=m 1d5c7=n 1d5c8=o 1d5c9=p 1d5ca=q 1d5cb=r 1d5cc=s 1d5cd=t 1d5ce=u 1d5cf=v 1d5d0=w 1d5d1=x
1d5d2=y 1d5d3=z 1d5d4=^a 1d5d5=^b 1d5d6=^c 1d5d7=^d 1d5d8=^e 1d5d9=^f 1d5da=^g 1d5db=^h
1d5dc=^i 1d5dd=^j 1d5de=^k 1d5df=^l 1d5e0=^m 1d5e1=^n 1d5e2=^o 1d5e3=^p 1d5e4=^q 1d5e5=^r
1d5e6=^s 1d5e7=^t 1d5e8=^u 1d5e9=^v 1d5ea=^w 1d5eb=^x 1d5ec=^y 1d5ed=^z 1d5ee=a 1d5ef=b 1d5f0=c
1d5f1=d 1d5f2=e 1d5f3=f 1d5f4=g 1d5f5=h 1d5f6=i 1d5f7=j 1d5f8=k 1d5f9=l 1d5fa=m 1d5fb=n 1d5fc=o
1d5fd=p 1d5fe=q 1d5ff=r 1d600=s 1d601=t 1d602=u 1d603=v 1d604=w 1d605=x 1d606=y 1d607=z
1d608=^a 1d609=^b 1d60a=^c 1d60b=^d 1d60c=^e 1d60d=^f 1d60e=^g 1d60f=^h 1d610=^i 1d611=^j
1d612=^k 1d613=^l 1d614=^m 1d615=^n 1d616=^o 1d617=^p 1d618=^q 1d619=^r 1d61a=^s 1d61b=^t
1d61c=^u 1d61d=^v 1d61e=^w 1d61f=^x 1d620=^y 1d621=^z 1d622=a 1d623=b 1d624=c 1d625=d 1d626=e
1d627=f 1d628=g 1d629=h 1d62a=i 1d62b=j 1d62c=k 1d62d=l 1d62e=m 1d62f=n 1d630=o 1d631=p 1d632=q
1d633=r 1d634=s 1d635=t 1d636=u 1d637=v 1d638=w 1d639=x 1d63a=y 1d63b=z 1d63c=^a 1d63d=^b
1d63e=^c 1d63f=^d 1d640=^e 1d641=^f 1d642=^g 1d643=^h 1d644=^i 1d645=^j 1d646=^k 1d647=^l
1d648=^m 1d649=^n 1d64a=^o 1d64b=^p 1d64c=^q 1d64d=^r 1d64e=^s 1d64f=^t 1d650=^u 1d651=^v
1d652=^w 1d653=^x 1d654=^y 1d655=^z 1d656=a 1d657=b 1d658=c 1d659=d 1d65a=e 1d65b=f 1d65c=g
1d65d=h 1d65e=i 1d65f=j 1d660=k 1d661=l 1d662=m 1d663=n 1d664=o 1d665=p 1d666=q 1d667=r 1d668=s
1d669=t 1d66a=u 1d66b=v 1d66c=w 1d66d=x 1d66e=y 1d66f=z 1d670=^a 1d671=^b 1d672=^c 1d673=^d
1d674=^e 1d675=^f 1d676=^g 1d677=^h 1d678=^i 1d679=^j 1d67a=^k 1d67b=^l 1d67c=^m 1d67d=^n
1d67e=^o 1d67f=^p 1d680=^q 1d681=^r 1d682=^s 1d683=^t 1d684=^u 1d685=^v 1d686=^w 1d687=^x
1d688=^y 1d689=^z 1d68a=a 1d68b=b 1d68c=c 1d68d=d 1d68e=e 1d68f=f 1d690=g 1d691=h 1d692=i
1d693=j 1d694=k 1d695=l 1d696=m 1d697=n 1d698=o 1d699=p 1d69a=q 1d69b=r 1d69c=s 1d69d=t 1d69e=u
1d69f=v 1d6a0=w 1d6a1=x 1d6a2=y 1d6a3=z 1d6a4=i 1d6a8=^a 1d6a9=^b 1d6aa=^y 1d6ab=^d 1d6ac=^e
1d6ad=^z 1d6ae=^n 1d6b0=^i 1d6b1=^k 1d6b3=^u 1d6b4=^v 1d6b6=^o 1d6b7=^n 1d6b8=^p 1d6ba=^o
1d6bb=^t 1d6bc=^u 1d6be=^x 1d6c0=^w 1d6c2=a 1d6c3=b 1d6c4=y 1d6c5=d 1d6c6=e 1d6c7=z 1d6c8=n
1d6ca=i 1d6cb=k 1d6cd=u 1d6ce=v 1d6d0=o 1d6d1=n 1d6d2=p 1d6d3=o 1d6d4=o 1d6d5=t 1d6d6=u 1d6d8=x
1d6da=w 1d6dc=e 1d6de=k 1d6e0=p 1d6e1=n 1d6e2=^a 1d6e3=^b 1d6e4=^y 1d6e5=^d 1d6e6=^e 1d6e7=^z
1d6e8=^n 1d6ea=^i 1d6eb=^k 1d6ed=^u 1d6ee=^v 1d6f0=^o 1d6f1=^n 1d6f2=^p 1d6f4=^o 1d6f5=^t
1d6f6=^u 1d6f8=^x 1d6fa=^w 1d6fc=a 1d6fd=b 1d6fe=y 1d6ff=d 1d700=e 1d701=z 1d702=n 1d704=i
1d705=k 1d707=u 1d708=v 1d70a=o 1d70b=n 1d70c=p 1d70d=o 1d70e=o 1d70f=t 1d710=u 1d712=x 1d714=w
1d716=e 1d718=k 1d71a=p 1d71b=n 1d71c=^a 1d71d=^b 1d71e=^y 1d71f=^d 1d720=^e 1d721=^z 1d722=^n
1d724=^i 1d725=^k 1d727=^u 1d728=^v 1d72a=^o 1d72b=^n 1d72c=^p 1d72e=^o 1d72f=^t 1d730=^u
1d732=^x 1d734=^w 1d736=a 1d737=b 1d738=y 1d739=d 1d73a=e 1d73b=z 1d73c=n 1d73e=i 1d73f=k
1d741=u 1d742=v 1d744=o 1d745=n 1d746=p 1d747=o 1d748=o 1d749=t 1d74a=u 1d74c=x 1d74e=w 1d750=e
1d752=k 1d754=p 1d755=n 1d756=^a 1d757=^b 1d758=^y 1d759=^d 1d75a=^e 1d75b=^z 1d75c=^n 1d75e=^i
1d75f=^k 1d761=^u 1d762=^v 1d764=^o 1d765=^n 1d766=^p 1d768=^o 1d769=^t 1d76a=^u 1d76c=^x
1d76e=^w 1d770=a 1d771=b 1d772=y 1d773=d 1d774=e 1d775=z 1d776=n 1d778=i 1d779=k 1d77b=u
1d77c=v 1d77e=o 1d77f=n 1d780=p 1d781=o 1d782=o 1d783=t 1d784=u 1d786=x 1d788=w 1d78a=e 1d78c=k
1d78e=p 1d78f=n 1d790=^a 1d791=^b 1d792=^y 1d793=^d 1d794=^e 1d795=^z 1d796=^n 1d798=^i
1d799=^k 1d79b=^u 1d79c=^v 1d79e=^o 1d79f=^n 1d7a0=^p 1d7a2=^o 1d7a3=^t 1d7a4=^u 1d7a6=^x
1d7a8=^w 1d7aa=a 1d7ab=b 1d7ac=y 1d7ad=d 1d7ae=e 1d7af=z 1d7b0=n 1d7b2=i 1d7b3=k 1d7b5=u
1d7b6=v 1d7b8=o 1d7b9=n 1d7ba=p 1d7bb=o 1d7bc=o 1d7bd=t 1d7be=u 1d7c0=x 1d7c2=w 1d7c4=e 1d7c6=k
1d7c8=p 1d7c9=n 1d7ce=0 1d7cf=1 1d7d0=2 1d7d1=3 1d7d2=4 1d7d3=5 1d7d4=6 1d7d5=7 1d7d6=8 1d7d7=9
1d7d8=0 1d7d9=1 1d7da=2 1d7db=3 1d7dc=4 1d7dd=5 1d7de=6 1d7df=7 1d7e0=8 1d7e1=9 1d7e2=0 1d7e3=1
1d7e4=2 1d7e5=3 1d7e6=4 1d7e7=5 1d7e8=6 1d7e9=7 1d7ea=8 1d7eb=9 1d7ec=0 1d7ed=1 1d7ee=2 1d7ef=3
1d7f0=4 1d7f1=5 1d7f2=6 1d7f3=7 1d7f4=8 1d7f5=9 1d7f6=0 1d7f7=1 1d7f8=2 1d7f9=3 1d7fa=4 1d7fb=5
1d7fc=6 1d7fd=7 1d7fe=8 1d7ff=9 1f12b=c 1f12c=r 1f12d=cd 1f12e=wz 1f130=a 1f131=b 1f132=c
1f133=d 1f134=e 1f135=f 1f136=g 1f137=h 1f138=i 1f139=j 1f13a=k 1f13b=l 1f13c=m 1f13d=n 1f13e=o
1f13f=p 1f140=q 1f141=r 1f142=s 1f143=t 1f144=u 1f145=v 1f146=w 1f147=x 1f148=y 1f149=z
1f14a=hv 1f14b=mv 1f14c=sd 1f14d=ss 1f14e=ppv 1f14f=wc 1f16a=mc 1f16b=md 1f16c=mr 1f190=dj
ff10=0 ff11=1 ff12=2 ff13=3 ff14=4 ff15=5 ff16=6 ff17=7 ff18=8 ff19=9 ff21=^a ff22=^b ff23=^c
ff24=^d ff25=^e ff26=^f ff27=^g ff28=^h ff29=^i ff2a=^j ff2b=^k ff2c=^l ff2d=^m ff2e=^n ff2f=^o
ff30=^p ff31=^q ff32=^r ff33=^s ff34=^t ff35=^u ff36=^v ff37=^w ff38=^x ff39=^y ff3a=^z ff41=a
ff42=b ff43=c ff44=d ff45=e ff46=f ff47=g ff48=h ff49=i ff4a=j ff4b=k ff4c=l ff4d=m ff4e=n
ff4f=o ff50=p ff51=q ff52=r ff53=s ff54=t ff55=u ff56=v ff57=w ff58=x ff59=y ff5a=z ffa0=-
a731=s a78d=^h a7ac=^g a7ae=^i a7b1=^t a7f2=c a7f3=f a7f4=q a7f8=h a7f9=oe 2c6d=^a 2c6f=^a
2c7c=j 2c7d=v fb00=ff fb01=fi fb02=fl fb03=ffi fb04=ffl fb05=st fb06=st fb1e=-
"""
}
