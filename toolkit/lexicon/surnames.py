"""Common family names of languages that write the family name first (stdlib only).

English copy keeps Chinese, Korean and Vietnamese names in their own order: "Xi Jinping" is
referred to again as "Xi", "Moon Jae-in" as "Moon", "Nguyen Xuan Phuc" as "Phuc" (Vietnamese
copy uses the last given name) — so the short form of a name depends on its origin.
"""

from __future__ import annotations


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Pinyin (Mainland), plus the common Wade-Giles / Cantonese spellings used for Hong Kong and
# Taiwan names ("Chan", "Cheung", "Lai").
CHINESE: frozenset[str] = _word_set(
    """
    ai an ao bai ban bao bei bi bian bo bu cai cao cen chai chang chao chen cheng chi chu cui
    dai dan deng di diao ding dong dou du duan fan fang fei feng fu gan gao ge geng gong gou gu
    guan guo han hao he hong hou hu hua huang huo ji jia jian jiang jiao jin jing ju kang ke
    kong kou kuang lai lan lang lao lei leng li lian liang liao lin ling liu long lou lu luan
    luo lv lyu ma mai man mao mei meng mi miao min ming mo mou mu ni nie ning niu ou pan pang
    pei peng pi ping pu qi qian qiao qin qiu qu quan ran rao ren rong ruan rui sang sha shan
    shang shao shen sheng shi shu shuai si song su sui sun tai tan tang tao teng tian tong tu
    wan wang wei wen weng wu xi xia xian xiang xiao xie xin xing xiong xu xuan xue yan yang yao
    ye yi yin ying yong you yu yuan yue yun zang zeng zha zhai zhan zhang zhao zhen zheng zhong
    zhou zhu zhuang zhuo zong zou zu zuo
    chan cheung chiang chow chung fong ho hsu hui kwok lam lau leung lo lui mak ng tse tsang
    wong yeung yip
    ouyang sima zhuge situ shangguan dongfang xiahou huangfu gongsun murong linghu
    zhangsun yuwen duanmu
    """
)

KOREAN: frozenset[str] = _word_set(
    """
    ahn bae baek ban byun cha chae choi chun chung do gil ha ham heo hong hwang im jang jeon
    jeong jin jo joo jung kang kim ko kwak kwon lee lim min moon na nam noh oh paik park roh
    ryu seo seong shin sohn son song suh yang yoo yoon yu yun
    """
)

VIETNAMESE: frozenset[str] = _word_set(
    """
    bui cao dang dinh do doan duong ha ho hoang huynh khuc lam le luong luu ly mai ngo nguyen
    pham phan quach ta thai tran trinh truong vo vu vuong
    """
)

FAMILY_FIRST: frozenset[str] = CHINESE | KOREAN | VIETNAMESE


def family_name_first(tokens: tuple[str, ...] | list[str]) -> bool:
    """Whether a two- or three-word name is written family name first ("Wang Yi", "Kim Jong Un").

    Only the first word is looked at; a Western given name that happens to be a listed family
    name ("Lee Evans", "Kim Clijsters") is misread, which only affects which word is taken as
    the short form of the name.
    """
    if not 2 <= len(tokens) <= 3:
        return False
    first = tokens[0].casefold()
    if first not in FAMILY_FIRST:
        return False
    last = tokens[-1]
    return last.casefold() not in _WESTERN_FAMILY and not _western_family_name(last)


def _western_family_name(word: str) -> bool:
    """Whether a last word is a Western family name, not a romanised Asian given name:
    listed, no pinyin, no hyphen ("Jae-in"), and longer than one syllable of Korean or
    Vietnamese is ("Sharpe" in "Lee Sharpe", "Westwood"; not "Thanh", "Phong", "Chol")."""
    if "-" in word or len(word) < 6:
        return False
    # the name tables are data files: looked up only for the few names that get here
    from toolkit.lexicon.person_names import is_family_name, pinyin_given_name

    return is_family_name(word) and not pinyin_given_name(word)


def short_form(tokens: tuple[str, ...] | list[str]) -> str:
    """The word a second reference uses: "Xi" for "Xi Jinping", "Haq" for "Moin Haq".

    Vietnamese names are referred to by the last given name, like Western ones.
    """
    if family_name_first(tokens) and tokens[0].casefold() not in _VIETNAMESE_ONLY:
        return tokens[0]
    if len(tokens) > 1 and is_suffix(tokens[-1].rstrip(".")):
        return tokens[-2]  # "Powless" for "Irving Powless Jr."
    return tokens[-1]


#: Generational and regnal suffixes written after a name ("Irving Powless Jr.", "Pope John
#: Paul II"); numerals count only in capitals, so "Xi" stays a family name.
_ROMAN = _word_set("II III IV VI VII VIII IX XI XII XIII XIV XV XVI")


def is_suffix(word: str) -> bool:
    """Whether a word is "Jr", "Sr" or a regnal numeral ("VIII")."""
    return word in ("Jr", "Sr", "JR", "SR") or word in _ROMAN


# Family names that are far more often the surname of a Western given name ("Lee Evans").
_WESTERN_FAMILY: frozenset[str] = frozenset(
    {
        "evans",
        "jones",
        "smith",
        "johnson",
        "brown",
        "williams",
        "miller",
        "davis",
        "wilson",
        "clijsters",
        "kardashian",
        "hamilton",
        "carter",
        "anderson",
    }
)

# Vietnamese usage refers to people by the last given name ("Phuc"), so the family name is
# not the short form even though it comes first.
_VIETNAMESE_ONLY: frozenset[str] = VIETNAMESE - CHINESE - KOREAN
