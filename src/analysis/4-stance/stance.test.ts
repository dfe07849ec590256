import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, expectQuotes, stages } from '../../../test/unit/engine';
import type { Stance } from '../types';
import { CONTEXT_REACH_CHARS } from './thresholds';

// 4-stance: the features a quote fires (lexicon groups, negation, VADER valence, hedges, the
// writer's verb and framing), and the label the fitted model gives.

describe('4-stance: features of the words', () => {
  const table: Array<[string, string, Array<[string, string]>, Array<[string, string]>]> = [
    // [name, words, features that must fire, features that must not]
    ['a rejection word', 'This is a betrayal', [['betrayal', 'rejection'], ['betrayal', 'valence:negative']], []],
    ['a negator governs it', 'This is not a betrayal', [['betrayal', 'rejection:negated'], ['betrayal', 'valence:positive']], [['betrayal', 'rejection']]],
    ['negation does not reach across an infinitive', 'We have no mandate to betray anyone', [['betray', 'rejection']], [['betray', 'rejection:negated']]],
    ['a phrase that carries its own negation is not negated again', 'The offer is not enough', [['not enough', 'rejection']], [['not enough', 'rejection:negated']]],
    ['a prefix entry matches its forms', 'We welcomed it', [['welcomed', 'approval']], []],
    ['conditions', 'Any deal must include guarantees', [['must', 'conditions'], ['guarantees', 'conditions']], []],
    ['progress language', 'We are closer to a deal', [['closer', 'progress']], []],
    ['a hedge', 'It might work', [['might', 'hedge']], []],
    ['a word about timing is no stance cue', 'The strike will begin immediately', [], [['immediately', 'approval'], ['immediately', 'progress']]],
    ['procedural words fire nothing', 'The delegations arrive on Tuesday', [], [['arrive', 'commitment']]],
    ['being left out is exclusion, not a call for inclusion', 'We were not invited and the farmers were left out', [['not invited', 'exclusion'], ['left out', 'exclusion']], [['left out', 'inclusion']]],
    ['a call to include everyone is inclusion', 'Every region must have a seat at the table', [['seat at the table', 'inclusion']], [['seat at the table', 'exclusion']]],
    ['little negates what follows', 'There was little progress overnight', [['progress', 'progress:negated']], [['progress', 'progress']]],
    ['a little is a quantity, not a negation', 'There was a little progress overnight', [['progress', 'progress']], [['progress', 'progress:negated']]],
    ['a negative subject negates its whole clause', 'Neither party sees any value in a compromise now', [['compromise', 'progress:negated']], [['compromise', 'progress']]],
    ['a negative subject stops at the clause', 'Nobody expected it, but the compromise holds', [['compromise', 'progress']], [['compromise', 'progress:negated']]],
    ['"like" and "well" as function words carry no valence; other VADER words still do', 'Unions like ours want a fair deal as well', [['fair', 'valence:positive']], [['like', 'valence:positive'], ['well', 'valence:positive']]],
    ['"zero" negates what follows', 'I have zero faith in this process', [['faith', 'valence:negative']], [['faith', 'valence:positive']]],
    ['confidence lost or none is rejection', 'The minister has lost the confidence of the nurses', [['lost the confidence', 'rejection']], []],
    ['the other side called inflexible is rejection', 'We found them inflexible and stubborn', [['inflexible', 'rejection'], ['stubborn', 'rejection']], []],
    ['calling a truce "a reward for" the other side is rejection, not approval', 'A truce now would be a reward for terror', [['a reward for', 'rejection']], []],
    ['closeness in the past tense is progress too', 'Aides said a deal was close', [['was close', 'progress']], []],
    ['talks that go on are commitment', 'The two teams will continue to talk next week', [['continue to talk', 'commitment']], []],
    ['what is still to settle is caution', 'It remains to be seen; several points are yet to be resolved', [['remains to be seen', 'caution'], ['to be resolved', 'caution']], [['resolved', 'progress']]],
    ['talks going nowhere are a setback', 'The talks stumbled and are stuck', [['stumbled', 'setback'], ['stuck', 'setback']], []],
    ['the opposition as a party is no rejection; opposition to a deal is', 'The opposition asked for time, though unions voiced opposition to the deal', [['opposition to', 'rejection']], [['opposition', 'rejection']]],
    ['a phrase matches whole words, never part of a hyphenated one', 'The text is non-binding, but the annex is binding', [['binding', 'conditions']], [['non-binding', 'conditions']]],
    ['the longest phrase at a word wins, and its words fire nothing more', 'We will continue to negotiate', [['continue to negotiate', 'commitment']], [['negotiate', 'commitment']]],
    ['expecting a deal is progress; hostages are what is negotiated, no rejection', 'I expect a deal on the release of the hostages this week', [['expect a deal', 'progress']], [['hostages', 'rejection']]],
    ['leaving with nothing is a setback', 'We leave empty-handed', [['empty-handed', 'setback']], []],
    ['falling short is rejection', 'Advocates said the deal fell short', [['fell short', 'rejection']], []],
    ['falling far short is rejection too', 'The quotas fall far short', [['far short', 'rejection']], []],
    ['being near a deal is progress', 'We are close, nearly there, and the gap is narrowing', [['are close', 'progress'], ['nearly there', 'progress']], []],
    ['a plan that cannot pass is rejection', 'The plan is a non-starter and dead on arrival', [['non-starter', 'rejection'], ['dead on arrival', 'rejection']], []],
    ['talks frozen at loggerheads are a setback', 'The two sides are at loggerheads and the process is frozen', [['loggerheads', 'setback'], ['frozen', 'setback']], []],
    ['not being consulted is exclusion', 'The growers were not consulted and had no say', [['not consulted', 'exclusion'], ['no say', 'exclusion']], []],
    ['moving the goalposts, undervaluing, voting against, a blank cheque and what is unsustainable are rejection', 'They moved the goalposts, the bid undervalues us, we will vote against a blank cheque, and it is unsustainable', [['goalposts', 'rejection'], ['undervalues', 'rejection'], ['vote against', 'rejection'], ['blank cheque', 'rejection'], ['unsustainable', 'rejection']], []],
    ['an offer that does not go far enough is rejection, not a negated one', 'The offer does not go far enough', [['not go far enough', 'rejection']], [['not go far enough', 'rejection:negated']]],
    ['touching distance and an upbeat mood are progress; working round the clock is commitment', 'We are within touching distance, upbeat, and working around the clock', [['touching distance', 'progress'], ['upbeat', 'progress'], ['around the clock', 'commitment']], []],
    ['"less" weakens what it governs like "little"', 'She was less upbeat', [], [['upbeat', 'progress']]],
    ['leaving with nothing and being nowhere near are setbacks; not at any price is a condition', 'We left with nothing, nowhere near a deal; we are flexible, but not at any price', [['with nothing', 'setback'], ['nowhere near', 'setback'], ['not at any price', 'conditions']], []],
    ['giving hope, an advanced stage and a deal to be made are progress; moving backwards is a setback', 'It gives hope: talks are at an advanced stage, there is a deal to be made, and this offer is a step backwards though we bent over backwards', [['gives hope', 'progress'], ['advanced stage', 'progress'], ['deal to be made', 'progress'], ['step backwards', 'setback']], [['backwards', 'setback']]],
    ['sparing no effort is commitment, not a negated one', 'We will spare no effort', [['spare no effort', 'commitment']], [['spare no effort', 'commitment:negated']]],
    ['bracing for what comes is caution', 'We are bracing for a long winter', [['bracing for', 'caution']], []],
    ['a non-starter, a cop-out, crumbs, letting someone off the hook and falling well short are rejection; a plan dead in the water is a setback', 'It is a nonstarter and a cop-out: they offer crumbs, let the owners off the hook and fall well short. The plan is dead in the water', [['nonstarter', 'rejection'], ['cop-out', 'rejection'], ['crumbs', 'rejection'], ['off the hook', 'rejection'], ['well short', 'rejection'], ['dead in the water', 'setback']], []],
    ['what is unjustified, unwarranted or unaffordable is rejected', 'The strikes are unjustified, the demands unwarranted and the deal unaffordable', [['unjustified', 'rejection'], ['unwarranted', 'rejection'], ['unaffordable', 'rejection']], []],
    ['a game-changer and a first step are approval; holding talks hostage, gimmicks, a deal-breaker, a pittance, clawing back, stalling and a sticking plaster are rejection', 'It is a game-changer and a first step. They hold the talks hostage with gimmicks; the pension cut is a deal-breaker, the raise a pittance; they claw back what we won, keep stalling and offer a sticking plaster', [['game-changer', 'approval'], ['first step', 'approval'], ['hostage', 'rejection'], ['gimmicks', 'rejection'], ['deal-breaker', 'rejection'], ['pittance', 'rejection'], ['claw back', 'rejection'], ['stalling', 'rejection'], ['sticking plaster', 'rejection']], []],
    ['real movement and a sweetened or improved offer are progress; leaving no stone unturned is commitment; a last resort is caution', 'There was real movement: they sweetened the bid with an improved offer. We will leave no stone unturned, and a strike is a last resort', [['real movement', 'progress'], ['sweetened', 'progress'], ['improved offer', 'progress'], ['no stone unturned', 'commitment'], ['last resort', 'caution']], []],
    ['a new start is approval; a missed opportunity and doing nothing to help are rejection; positions that hardened are a setback', 'It is a new start. It was a missed opportunity and did nothing to fix pay; positions hardened', [['new start', 'approval'], ['missed opportunity', 'rejection'], ['did nothing to', 'rejection'], ['hardened', 'setback']], []],
    ['what is too expensive, too costly or too low is rejection', 'The plan is too expensive and too costly; the offer is too low', [['too expensive', 'rejection'], ['too costly', 'rejection'], ['too low', 'rejection']], []],
    ['being out of touch, a stunt, scaremongering, half measures, a toothless or watered-down text, wishful thinking and what was avoidable are rejection', 'They are out of touch: a stunt and scaremongering, half measures in a toothless, watered-down text, wishful thinking, and the strike was avoidable', [['out of touch', 'rejection'], ['stunt', 'rejection'], ['scaremongering', 'rejection'], ['half measures', 'rejection'], ['toothless', 'rejection'], ['watered-down', 'rejection'], ['wishful thinking', 'rejection'], ['avoidable', 'rejection']], []],
    ['a pay cut is rejection; being anxious, nervous or uneasy is caution', 'The offer is a pay cut, and members are anxious, nervous and uneasy', [['pay cut', 'rejection'], ['anxious', 'caution'], ['nervous', 'caution'], ['uneasy', 'caution']], []],
    ['an offer that does not come close is rejection, not negated progress; nowhere close is a setback', 'The offer doesn’t come close, and we are nowhere close', [['doesn’t come close', 'rejection'], ['nowhere close', 'setback']], [['close', 'progress:negated']]],
    ['averting a strike and getting there are progress (not what it took to get there); a knife edge is caution', 'The deal averted a strike and we will get there, but funding is on a knife edge. It took a strike to get there', [['averted', 'progress'], ['will get there', 'progress'], ['knife edge', 'caution']], [['get there', 'progress']]],
    ['a plan that is not going to fly or won\'t fly, and a spit in the face, are rejection', 'The plan is not going to fly; the cap won’t fly either. The offer is a spit in the face', [['not going to fly', 'rejection'], ['won’t fly', 'rejection'], ['spit in the face', 'rejection']], []],
    ['being encouraged by, heartened, buoyed or reassured by talks, and substantive talks, are progress', 'All encouraged by Monday, heartened and buoyed by the mood, reassured by the tone of substantive talks', [['encouraged by', 'progress'], ['heartened', 'progress'], ['buoyed', 'progress'], ['reassured', 'progress'], ['substantive', 'progress']], []],
    ['nothing guaranteed, far from certain and not a foregone conclusion are caution, not negated conditions', 'Nothing is guaranteed; a deal is far from certain and not a foregone conclusion', [['Nothing is guaranteed', 'caution'], ['far from certain', 'caution'], ['not a foregone conclusion', 'caution']], [['guaranteed', 'conditions:negated']]],
    ['talks without (pre)conditions are approval, not conditions', 'We are ready to return without conditions and meet without preconditions', [['without conditions', 'approval'], ['without preconditions', 'approval']], [['conditions', 'conditions'], ['preconditions', 'conditions']]],
    ['having had enough, being fed up, the last straw and being ready to strike are rejection', 'Members have had enough: they are fed up, this was the last straw and they are ready to strike', [['had enough', 'rejection'], ['fed up', 'rejection'], ['last straw', 'rejection'], ['ready to strike', 'rejection']], []],
    ['not voting for or not being able to support a plan is rejection, not approval; distance between the sides is caution', 'We will not vote for it and cannot support the plan; there is still a lot of distance between us', [['not vote for', 'rejection'], ['cannot support', 'rejection'], ['a lot of distance', 'caution']], [['support', 'approval']]],
    ['having come a long way is progress, not the caution of a long way to go', 'We have come a long way. There is a long way to go', [['come a long way', 'progress'], ['a long way', 'caution']], [['come a long way', 'caution']]],
    ['narrowing or closing the gaps is progress, not the gaps\' caution; withdrawing support is rejection, not approval', 'They narrowed the gaps this week. Unions urged the party to withdraw its support', [['narrowed the gaps', 'progress'], ['withdraw its support', 'rejection']], [['gaps', 'caution'], ['support', 'approval']]],
    ['talks progressing, or going or having gone well, are progress', 'Talks are progressing: Monday went well and things are going well', [['progressing', 'progress'], ['went well', 'progress'], ['going well', 'progress']], []],
    ['an eyewash, a whitewash, a smokescreen, a talking shop, empty or hollow promises and a fig leaf are rejection', 'The meeting was an eyewash, the report a whitewash and a smokescreen, the forum a talking shop of empty promises and hollow words, a fig leaf', [['eyewash', 'rejection'], ['whitewash', 'rejection'], ['smokescreen', 'rejection'], ['talking shop', 'rejection'], ['empty promises', 'rejection'], ['hollow words', 'rejection'], ['fig leaf', 'rejection']], []],
    ['a fantasy, a pipe dream, cloud cuckoo land, a house of cards and what is delusional, fanciful, preposterous, ludicrous or rubbish are rejection', 'The plan is a fantasy, a pipe dream from cloud cuckoo land, a house of cards; the figures are delusional, fanciful, preposterous, ludicrous, rubbish', [['fantasy', 'rejection'], ['pipe dream', 'rejection'], ['cloud cuckoo land', 'rejection'], ['house of cards', 'rejection'], ['delusional', 'rejection'], ['fanciful', 'rejection'], ['preposterous', 'rejection'], ['ludicrous', 'rejection'], ['rubbish', 'rejection']], []],
    ['a toxic, acrimonious, fraught, frosty, stormy or bad-tempered meeting is a setback; being treated like dirt is rejection', 'The mood was toxic and the session acrimonious, fraught, frosty, stormy and bad-tempered; we were treated like dirt', [['toxic', 'setback'], ['acrimonious', 'setback'], ['fraught', 'setback'], ['frosty', 'setback'], ['stormy', 'setback'], ['bad-tempered', 'setback'], ['like dirt', 'rejection']], []],
    ['being cautiously optimistic or hopeful is caution, not progress', 'We are cautiously optimistic and cautiously hopeful', [['cautiously optimistic', 'caution'], ['cautiously hopeful', 'caution']], [['optimistic', 'progress'], ['hopeful', 'progress']]],
    ['deserving better, a text hollowed out and a gesture that is merely symbolic are rejection, not approval', 'Members deserve better than a text hollowed out clause by clause; the pause is mostly symbolic', [['deserve better', 'rejection'], ['hollowed out', 'rejection'], ['mostly symbolic', 'rejection']], [['deserve', 'approval']]],
    ['sides that have never been closer are progress, not negated progress', 'The sides have never been closer; they are closer than ever', [['never been closer', 'progress'], ['closer than ever', 'progress']], [['closer', 'progress:negated']]],
    ['patience wearing thin is caution; the best one could get is approval', 'Our patience is wearing thin, though this is the best we could get', [['wearing thin', 'caution'], ['best we could get', 'approval']], []],
    ['a temporary solution, a stopgap or a short-term fix is caution, not progress', 'It is only a temporary solution, a stopgap, a short-term fix', [['temporary solution', 'caution'], ['stopgap', 'caution'], ['short-term fix', 'caution']], [['solution', 'progress']]],
    ['being encouraged is progress; encouraging someone to act is not', 'We are encouraged, and we encouraged members to vote', [['are encouraged', 'progress']], [['encouraged members', 'progress']]],
    ['a red line is a condition, singular as plural', 'That is our red line; those are their red lines', [['red line', 'conditions'], ['red lines', 'conditions']], []],
    ['time running out, a ticking clock and running out of patience are caution', 'Time is running out, the clock is ticking, and members have run out of patience', [['running out', 'caution'], ['clock is ticking', 'caution'], ['run out of', 'caution']], []],
    ['being open to talks or willing to meet is approval, not a mere commitment to go on', 'The president is open to talks and willing to meet', [['open to', 'approval'], ['willing to', 'approval']], [['open to', 'commitment'], ['willing to', 'commitment']]],
    ['being fully behind someone, something better than nothing and talks that went very well are approval; a token gesture, a position that remains unchanged and refusing to join are rejection; learning of it from the media is exclusion', 'We are firmly behind the negotiators and fully support the plan; a deal is better than nothing, and the meeting went very well. Their offer is a token gesture, their position remains unchanged, and they refused to join. We learned of it from the media', [['firmly behind', 'approval'], ['fully support', 'approval'], ['better than nothing', 'approval'], ['went very well', 'approval'], ['token gesture', 'rejection'], ['remains unchanged', 'rejection'], ['refused to join', 'rejection'], ['from the media', 'exclusion']], []],
    ['what is acceptable or a lifeline is approval; talks very or well advanced are progress; mediating on is commitment; a trap, a ploy or a stunt is rejection, and what is unacceptable stays so', 'The terms are acceptable and the loan is a lifeline; talks are very advanced, well advanced even, and we will continue mediating. Their offer is a trap, a ploy, a publicity stunt, and unacceptable', [['acceptable', 'approval'], ['lifeline', 'approval'], ['very advanced', 'progress'], ['well advanced', 'progress'], ['continue mediating', 'commitment'], ['a trap', 'rejection'], ['a ploy', 'rejection'], ['publicity stunt', 'rejection'], ['unacceptable', 'rejection']], [['unacceptable', 'approval']]],
    ['turning a corner, goodwill and a better place are progress; the best offer is approval; what can go wrong, believing it on seeing it, trust to be earned and the proof of the pudding are caution', 'We have turned a corner; there is goodwill and we are in a better place. It is the best offer so far, but a lot can go wrong: we will believe it when we see it, trust has to be earned, and the proof of the pudding is in the eating', [['turned a corner', 'progress'], ['goodwill', 'progress'], ['better place', 'progress'], ['best offer', 'approval'], ['go wrong', 'caution'], ['believe it when we see it', 'caution'], ['has to be earned', 'caution'], ['proof of the pudding', 'caution']], []],
    ['an open mind is approval; interference, meddling, overreach, a bungled or botched process and being an afterthought are rejection', 'We come with an open mind. This is interference and meddling, a federal overreach; they bungled it, botched the rollout, and we were an afterthought', [['open mind', 'approval'], ['interference', 'rejection'], ['meddling', 'rejection'], ['overreach', 'rejection'], ['bungled', 'rejection'], ['botched', 'rejection'], ['afterthought', 'rejection']], []],
    ['a door not closed is approval; closing or slamming it is rejection; seizing the moment is approval', 'The door is not closed, though they slammed the door once and said the door is shut. Seize the moment', [['door is not closed', 'approval'], ['slammed the door', 'rejection'], ['door is shut', 'rejection'], ['Seize the moment', 'approval']], [['door is not closed', 'approval:negated']]],
    ['a door or doors always, still or staying open are approval', 'My door is always open and our doors are still open; the door will remain open', [['door is always open', 'approval'], ['doors are still open', 'approval'], ['door will remain open', 'approval']], []],
    ['rights traded, bargained or signed away, people thrown under the bus and a deal stitched or cobbled together are rejection; a real or significant improvement is progress', 'Our fleets were traded away and thrown under the bus by a deal cobbled together overnight. Theirs is a real improvement', [['traded away', 'rejection'], ['under the bus', 'rejection'], ['cobbled together', 'rejection'], ['real improvement', 'progress']], []],
    ['reaching agreement, a settlement or a compromise is commitment, having reached it progress; not being rushed is caution', 'We hope to reach agreement and reached a compromise last year, but we will not be rushed', [['reach agreement', 'commitment'], ['reached a compromise', 'progress'], ['not be rushed', 'caution']], [['not be rushed', 'caution:negated']]],
    ['getting back round the table and coming to the negotiating table are commitment', 'Both sides must get back round the table; we will come to the table and stay at the table', [['back round the table', 'commitment'], ['come to the table', 'commitment']], []],
    ['seeking a solution or common ground is commitment; an unprecedented agreement approval; a path forward progress', 'We will seek a solution and find common ground; this unprecedented agreement shows a path forward', [['seek a solution', 'commitment'], ['find common ground', 'commitment'], ['unprecedented agreement', 'approval'], ['path forward', 'progress']], []],
    ['"not that far apart": "that" after a negator says how far and keeps the negation', 'We are not that far apart, though they are far apart on pay', [['far apart', 'setback:negated'], ['far apart', 'setback']], []],
    ['vandalism and wrecking of a plan are rejection', 'The plan is economic vandalism, a wrecking tactic', [['vandalism', 'rejection'], ['wrecking', 'rejection']], []],
    ['slow progress is caution, not progress', 'Progress has been slow, and it is slow going', [['Progress has been slow', 'caution'], ['slow going', 'caution']], [['Progress', 'progress']]],
    ['threats of further or legal action and hands tied are rejection', 'Our hands are tied, so further industrial action and legal action will follow', [['hands are tied', 'rejection'], ['further industrial action', 'rejection'], ['legal action', 'rejection']], []],
    ['expecting, planning or being ready to meet is commitment; the last best chance approval; injustice rejection', 'She expects to meet him soon and is ready to meet the board; this is the last best chance, and the sense of injustice grows', [['expects to meet', 'commitment'], ['ready to meet', 'commitment'], ['last best chance', 'approval'], ['injustice', 'rejection']], []],
    ['what failed or could not happen after "to" is negated ("failed to reach a consensus", "weren\'t able to make progress")', 'We failed to reach a consensus and we weren\'t able to make progress, though we are ready to reach agreement', [['consensus', 'progress:negated'], ['progress', 'progress:negated'], ['reach agreement', 'commitment']], [['reach agreement', 'commitment:negated']]],
    ['talks called serious, a serious offer, being serious about a deal are commitment', 'The talks were serious and constructive, and we are serious about a deal', [['serious and constructive', 'commitment'], ['serious about', 'commitment']], []],
    ['a credible offer is approval; a claim "simply not credible" negates it', 'It is a credible offer, but their claim is simply not credible', [['credible', 'approval'], ['credible', 'approval:negated']], []],
    ['sides miles, worlds or poles apart are a setback; playing chicken and brinkmanship are rejection', 'The sides are miles apart, worlds apart even, and this brinkmanship is a game of chicken', [['miles apart', 'setback'], ['worlds apart', 'setback'], ['brinkmanship', 'rejection'], ['game of chicken', 'rejection']], []],
    ['talks said to be over are a setback', 'She said the talks were over and the negotiations are over for good', [['talks were over', 'setback'], ['negotiations are over', 'setback']], []],
    ['a new dawn or a new era is approval', 'This is a new dawn for the port and a new era for its workers', [['new dawn', 'approval'], ['new era', 'approval']], []],
    ['a deal that could still be reached or remains possible is progress, not the caution of "could" and "still"', 'He believed a deal could still be reached, and an agreement remains possible', [['deal could still be reached', 'progress'], ['agreement remains possible', 'progress']], [['still', 'caution'], ['could', 'caution']]],
    ['not getting ahead of oneself, not counting chickens, having been here before are caution', 'I don\'t want to get ahead of myself or count our chickens; we have been here before', [['ahead of myself', 'caution'], ['count our chickens', 'caution'], ['been here before', 'caution']], []],
    ['wanting to end a strike or form a coalition, getting people back to work are commitment; going ahead on schedule is progress', 'We want to end the strike, get people back to work and form a coalition, and the vote will go ahead on schedule', [['end the strike', 'commitment'], ['back to work', 'commitment'], ['form a coalition', 'commitment'], ['go ahead on schedule', 'progress']], []],
    ['what a condition or an open question calls good is a condition, not approval ("if the offer is fair", "whether they are willing to compromise"); outside it, it is approval', 'We will sign if the offer is fair, and much hinges on whether they are willing to compromise. The offer is fair.', [['fair', 'conditions'], ['willing to', 'conditions'], ['compromise', 'conditions'], ['hinges on', 'caution'], ['fair', 'approval']], [['willing to', 'approval']]],
    ['cautioning against hopes, numbers that do not add up', 'I would caution against expecting much, because the numbers do not add up', [['would caution', 'caution'], ['do not add up', 'rejection']], []],
    ['the home stretch, finishing touches and a deal "we can live with" are progress and approval; "no end in sight" a setback, not progress; owing it to someone to settle is commitment', 'We are in the home stretch, putting the finishing touches to a deal we can live with, and we owe it to passengers to settle; in the old dispute there was no end in sight', [['home stretch', 'progress'], ['finishing touches', 'progress'], ['can live with', 'approval'], ['owe it to', 'commitment'], ['no end in sight', 'setback']], [['end in sight', 'progress']]],
    ['a describing word or two between a phrase\'s article and its noun still make the phrase ("reach a quick agreement", "an agreement" as "a fair agreement"), but no bad word, nor one the lexicon reads ("a bad deal" is rejection, "a tentative deal" caution)', 'They want to reach a quick agreement, not to reach a bad deal, and we reached a tentative deal', [['reach a quick agreement', 'commitment'], ['bad deal', 'rejection'], ['tentative', 'caution']], [['reach a bad deal', 'commitment'], ['reached a tentative deal', 'progress']]],
    ['being in no hurry is caution; a gift to someone is rejection, whatever "gift" says on its own; sooner than expected is progress', 'We are not in a hurry and in no hurry. It is a gift to smugglers. It could come sooner than many expect', [['not in a hurry', 'caution'], ['in no hurry', 'caution'], ['a gift to', 'rejection'], ['sooner than many expect', 'progress']], []],
    ['talks close to collapse are a setback, not close to a deal; seeing no point and wasted months are rejection, as is rearranging deckchairs; a turning point is progress', 'The talks were close to collapse; I see no point in meeting, we wasted months rearranging deckchairs. Still, it was a turning point', [['were close to collapse', 'setback'], ['see no point', 'rejection'], ['wasted months', 'rejection'], ['rearranging deckchairs', 'rejection'], ['turning point', 'progress']], [['were close', 'progress']]],
    ['overplaying one\'s hand is rejection; a side that moved significantly made progress', 'They overplayed their hand, though the employers moved significantly on hours', [['overplayed their hand', 'rejection'], ['moved significantly', 'progress']], []],
    ['a deal within sight and something both sides can build on are progress; no deal in sight is not', 'A deal is within sight and we have a text we can build on, though last year there was no deal in sight', [['within sight', 'progress'], ['can build on', 'progress'], ['in sight', 'progress:negated']], [['in sight', 'progress']]],
    ['wanting a deal or an agreement is commitment', 'He wants a deal, and we want an agreement', [['wants a deal', 'commitment'], ['want an agreement', 'commitment']], []],
    ['"too little, too late" is rejection, with its comma or without; an appeal that fell on deaf ears too', 'It was too little, too late, and too little too late again; the appeal fell on deaf ears', [['too little, too late', 'rejection'], ['too little too late', 'rejection'], ['fell on deaf ears', 'rejection']], []],
    ['"it is a start" is progress', 'It is a start, and it\'s a start we can build on', [['is a start', 'progress'], ["it's a start", 'progress']], []],
    ['obstructing and stonewalling are rejection', 'They obstructed every deal and kept stonewalling', [['obstructed', 'rejection'], ['stonewalling', 'rejection']], []],
    ['a door "always open", quoted apart from the door, is approval', 'He said it was always open, and his door was always open', [['always open', 'approval'], ['door was always open', 'approval']], []],
    ['voting no is rejection', 'We will vote no, and so will they: they voted no last time', [['vote no', 'rejection'], ['voted no', 'rejection']], []],
    ['what a word of doubt governs is doubted, a caution ("sceptical that … good faith"); after a comma it stands', 'We remain sceptical that they are negotiating in good faith, but the offer is fair', [['good faith', 'caution'], ['fair', 'approval']], [['good faith', 'progress']]],
    ['dragging one\'s feet is rejection; protecting jobs and giving certainty are approval', 'They keep dragging their feet. This deal protects jobs and gives certainty', [['dragging their feet', 'rejection'], ['protects jobs', 'approval'], ['gives certainty', 'approval']], []],
    ['tearing up what was agreed and cuts by the back door are rejection; not betting on a deal is caution; coming to one\'s senses is approval', 'They tore up the deal and want cuts through the back door. I would not bet on a deal. They may yet come to their senses', [['tore up', 'rejection'], ['through the back door', 'rejection'], ['would not bet', 'caution'], ['come to their senses', 'approval']], []],
    ['what paid off, and the strongest or best contract, are approval', 'We stood together and it paid off: the strongest contract in a generation, the best agreement we could hope for', [['paid off', 'approval'], ['strongest contract', 'approval'], ['best agreement', 'approval']], []],
    ['a door that remains open is approval too', 'Nobody wants a strike, but the door remains open', [['door remains open', 'approval']], [['door remains open', 'commitment']]],
    ['having a deal is progress; the devil in what comes next is caution', 'We have a deal, but the devil will be in the implementation', [['have a deal', 'progress'], ['the devil', 'caution']], []],
    ['room for a deal and meeting each other halfway are progress; nothing new, lip service and window dressing are rejection; back to square one, the drawing board, a snag and a stumbling block are setbacks', 'There is room for a deal; both sides should meet us halfway. The plan says nothing new: it is lip service and window dressing. We are back to square one, back to the drawing board after a snag and a stumbling block', [['room for a deal', 'progress'], ['meet us halfway', 'progress'], ['nothing new', 'rejection'], ['lip service', 'rejection'], ['window dressing', 'rejection'], ['square one', 'setback'], ['drawing board', 'setback'], ['snag', 'setback'], ['stumbling block', 'setback']], []],
    ['being told nothing and left in the dark is exclusion; what is unresolved, a tightrope, is caution', 'We were left in the dark. We were told nothing. Issues remain unresolved and it is a tightrope', [['told nothing', 'exclusion'], ['in the dark', 'exclusion'], ['unresolved', 'caution'], ['tightrope', 'caution']], []],
    ['snubbing the talks, walking out and a lopsided text are rejection', 'They snubbed the summit, may walk out and call the text lopsided and unbalanced', [['snubbed', 'rejection'], ['walk out', 'rejection'], ['lopsided', 'rejection'], ['unbalanced', 'rejection']], []],
    ['words of disappointment and unworkability are rejection', 'We are disappointed: the offer is untenable and lacks any detail', [['disappointed', 'rejection'], ['untenable', 'rejection'], ['lacks', 'rejection']], []],
    ['an account called fiction, a fabrication or a fairy tale is rejection; a gap that is bridgeable or can be bridged is progress', 'Their account is pure fiction, a fabrication and a fairy tale. The gap is bridgeable and can be bridged', [['pure fiction', 'rejection'], ['fabrication', 'rejection'], ['fairy tale', 'rejection'], ['bridgeable', 'progress'], ['can be bridged', 'progress']], []],
    ['breaking one\'s word, reneging and trying to divide a side are rejection; walking away is a setback, its negation not', 'They broke their word and reneged, trying to divide the union. Nobody is walking away, though she walks away often', [['broke their word', 'rejection'], ['reneged', 'rejection'], ['trying to divide', 'rejection'], ['walking away', 'setback:negated'], ['walks away', 'setback']], [['walking away', 'setback']]],
    ['walking out or off the job is rejection; a good atmosphere and a mood that has improved are progress; going back to mediation is commitment', 'We are walking out. Talks were held in a good atmosphere and the mood has improved. Both should go back to mediation', [['walking out', 'rejection'], ['good atmosphere', 'progress'], ['mood has improved', 'progress'], ['back to mediation', 'commitment']], []],
    ['not accepting and refusing to accept are rejection, as are a public relations exercise, sitting out and "no money"; having heard it all before and an elephant in the room are caution; wanting it in writing and not giving up are conditions', 'They would not accept it and refused to accept the map: a public relations exercise. We will sit out the season; there is no money. We have heard it all before, and that is the elephant in the room. We want it in writing and will not give up', [['not accept', 'rejection'], ['refused to accept', 'rejection'], ['public relations exercise', 'rejection'], ['sit out', 'rejection'], ['no money', 'rejection'], ['heard it all before', 'caution'], ['elephant in the room', 'caution'], ['in writing', 'conditions'], ['not give up', 'conditions']], []],
    ['not having moved or refusing to budge is rejection, as is a waste of everyone\'s time', 'The city has not moved on pensions and will not budge. It was a waste of everyone\'s time', [['not moved', 'rejection'], ['will not budge', 'rejection'], ["waste of everyone's time", 'rejection']], []],
    ['being duty-bound or obliged to act is a condition; seeing no basis for a deal is rejection', 'Varia is duty-bound to comply and obliged to pay. We see no basis for a deal', [['duty-bound', 'conditions'], ['obliged to', 'conditions'], ['no basis for', 'rejection']], []],
    ['scorn for another\'s demand to be included backs the talks as they stand (inclusion:dismissed); scorn for being left without a seat does not', 'It is absurd for them to demand a seat at the table. It is a scandal that farmers have no seat at the table', [['absurd', 'inclusion:dismissed']], [['absurd', 'rejection'], ['scandal', 'inclusion:dismissed']]],
    ['a setback denied of a threat keeps the threat alive ("a strike is not off the table"); denied of a deal it is good news', 'A strike is not off the table. A deal is not off the table', [['off the table', 'setback'], ['off the table', 'setback:negated']], []],
    ['a line in the sand is a condition; getting in a room or sitting down together is commitment; being alarmed is caution', 'This is our line in the sand. They should get in a room and sit down together. We are alarmed', [['line in the sand', 'conditions'], ['get in a room', 'commitment'], ['sit down together', 'commitment'], ['alarmed', 'caution']], []],
  ];
  for (const [name, words, must, mustNot] of table) {
    it(name, () => {
      const fired = stages.stanceFeatures(words).map(([text, feature]) => `${text}|${feature}`);
      for (const [text, feature] of must) assert.ok(fired.includes(`${text}|${feature}`), `${text} fires ${feature}: ${fired.join(', ')}`);
      for (const [text, feature] of mustNot) assert.ok(!fired.includes(`${text}|${feature}`), `${text} does not fire ${feature}: ${fired.join(', ')}`);
    });
  }
  it('fires nothing for procedural words but the kind of quote', () => assert.deepEqual(stages.stanceFeatures('The delegations arrive on Tuesday'), []));
});

describe('4-stance: features of a quote read in its paragraph', () => {
  const featuresOf = (text: string, quote: string): string[] => {
    const found = stages.candidateStanceFeatures(text).find((c) => c.quote.includes(quote));
    assert.ok(found, `no candidate for ${quote}`);
    return found.features.map(([words, feature]) => `${words}|${feature}`);
  };
  it('reads the last word of a quotation in straight single marks without the closing mark', () => {
    const fired = featuresOf("Councillor Ama Reed called the closure 'deeply worrying'.", 'deeply');
    assert.ok(fired.includes('worrying|valence:negative'), fired.join(', '));
  });
  it('hears a negator closed by a straight single mark', () => {
    const { features } = stages.analyzeWithFeatures("“I told him 'never' and walked out,” Ana Lim said.");
    assert.equal(features[0].negation, 1, JSON.stringify(features[0]));
  });
  it('reads nothing into the words naming the speaker and their post', () => {
    const fired = featuresOf('Hope Fund head Ana Lee, the Peace League’s chair, said on a sad day that it went well.', 'went well');
    assert.ok(!fired.some((f) => /^(Hope|Peace)\|/.test(f)), fired.join(', '));
    assert.ok(fired.includes('sad|context:valence:negative'), fired.join(', '));
  });
  it('marks a quote in which nothing evaluative fires as plain, and only such a quote', () => {
    const { features } = stages.analyzeWithFeatures('The delegations arrive on Tuesday, the ministry said. The offer is a betrayal, the union said.');
    assert.equal(features[0].plain, 1, JSON.stringify(features[0]));
    assert.equal(features[1].plain, undefined, JSON.stringify(features[1]));
  });
  it('reads nothing into a second reported clause joined by "but that" ("“constructive” but that commitments were still needed")', () => {
    const fired = featuresOf('The envoy said the talks were “constructive” but that firm commitments were still needed.', 'constructive');
    assert.ok(!fired.some((f) => f.startsWith('needed|') || f.startsWith('still|')), fired.join(', '));
  });
  it('reads nothing into what another speaker of the sentence says', () => {
    const fired = featuresOf('Sadly, the Alliance said the vote was a disaster, while Ana Lee said it went well.', 'went well');
    assert.ok(!fired.some((f) => f.startsWith('disaster|')), fired.join(', '));
    assert.ok(fired.includes('Sadly|context:valence:negative'), fired.join(', '));
    // (Nor into the other speaker's name: "Hope" names her fund.)
    assert.ok(!featuresOf('The Alliance said the vote was bad, while Hope Fund head Ana Lee said it went well.', 'the vote was bad').some((f) => f.startsWith('Hope|')));
    // (One speaker's two quotations still read each other: "… and added it was “a disaster”".)
    assert.ok(featuresOf('Ana Lee said it went badly and added it was “a disaster”.', 'went badly').includes('disaster|context:rejection'));
  });
  it('stops the writer\'s words after a quote at a clause joined by "but" or a semicolon', () => {
    const fired = featuresOf('Negotiators said they were “almost there” on pay, but a row over pensions threatened to wreck the talks.', 'almost there');
    assert.ok(!fired.some((f) => f.startsWith('wreck|') || f.startsWith('threatened|')), fired.join(', '));
    const semicolon = featuresOf('The mayor called the offer “a fair start”; critics said it was a disaster.', 'a fair start');
    assert.ok(!semicolon.some((f) => f.startsWith('disaster|')), semicolon.join(', '));
    // (Words of the same clause still frame it: "… “a fair start”, and a disaster for nobody".)
    assert.ok(featuresOf('The mayor called the offer “a fair start” and no disaster at all.', 'a fair start').some((f) => f.startsWith('disaster|')));
  });
  it('hears the writer\'s negator just before a partial quotation, not before a full one', () => {
    const partial = featuresOf('Rui Sato said the union would come to the meeting but would not “accept any changes” to the rules.', 'accept any changes');
    assert.ok(partial.includes('accept|valence:negative'), partial.join(', '));
    // (A verb between them takes the negation: "would not accept “a blank cheque”" still rejects.)
    const verb = featuresOf('Rui Sato said the union would not accept “a blank cheque” from the board.', 'blank cheque');
    assert.ok(verb.includes('blank cheque|rejection'), verb.join(', '));
    const full = featuresOf('The union did not come. “We accept the changes,” Rui Sato said.', 'We accept the changes');
    assert.ok(full.includes('accept|valence:positive'), full.join(', '));
  });
  it('reads what a denial reports as negated ("denied that the talks had collapsed"), a negator inside it undoing that', () => {
    const denied = featuresOf('The minister denied that the talks had collapsed.', 'the talks had collapsed');
    assert.ok(denied.some((f) => /^collapsed\|\w+:negated$/.test(f)), denied.join(', '));
    const claims = featuresOf('Ana Lee rejected claims that the talks had collapsed.', 'the talks had collapsed');
    assert.ok(claims.some((f) => /^collapsed\|\w+:negated$/.test(f)), claims.join(', '));
    const twice = featuresOf('The minister denied that the talks had not collapsed.', 'the talks had not collapsed');
    assert.ok(twice.some((f) => /^collapsed\|\w+$/.test(f)) && !twice.some((f) => /:negated$/.test(f)), twice.join(', '));
    // (Saying it is no denial.)
    const said = featuresOf('The minister said that the talks had collapsed.', 'the talks had collapsed');
    assert.ok(said.some((f) => /^collapsed\|\w+$/.test(f)), said.join(', '));
  });
  it('reads a label the speaker disowns as negated in their words, not in the writer\'s', () => {
    const calling = featuresOf('“What the board is calling an improved offer is the old one,” said Ana Lee.', 'old one');
    assert.ok(calling.includes('improved offer|progress:negated'), calling.join(', '));
    const soCalled = featuresOf('“Their so-called breakthrough changes nothing,” said Ana Lee.', 'changes nothing');
    assert.ok(soCalled.includes('breakthrough|approval:negated'), soCalled.join(', '));
    // ("what" before another verb disowns nothing: "what we need is an improved offer".)
    const need = featuresOf('“What we need is an improved offer,” said Ana Lee.', 'we need');
    assert.ok(need.includes('improved offer|progress'), need.join(', '));
    // (In the writer's words the label is the speaker's own: "the guild cited what it calls a betrayal".)
    const writers = featuresOf('The guild cited what it calls a betrayal by the board to “cut every corner”.', 'every corner');
    assert.ok(writers.includes('betrayal|context:rejection'), writers.join(', '));
  });
  it('reads the writer\'s words around a quote as whole words, never the tail of one cut by the window', () => {
    const head = 'The union representing ';
    const verb = ' called it ';
    // The window before the quote is to start inside "representing", whose tail "resenting" is no word of the text.
    const inside = 'The union rep'.length;
    const fill = 'drivers '.repeat(20).slice(0, inside + CONTEXT_REACH_CHARS - head.length - verb.length - 1) + ',';
    const text = `${head}${fill}${verb}“a step backward” on Tuesday.`;
    assert.equal(text.indexOf('“') - CONTEXT_REACH_CHARS, inside);
    const fired = featuresOf(text, 'step backward');
    assert.ok(!fired.some((f) => f.startsWith('resenting|')), fired.join(', '));
  });
});

describe('4-stance: the writer\'s framing', () => {
  const table: Array<[string, string, string[]]> = [
    ['a framing word outside quotations', 'The minister reacted cautiously to the offer.', ['cautiously']],
    ['words inside a quotation are not the writer\'s', '“We reacted cautiously,” she said.', []],
    ['a scathing reaction frames the quotes near it as critical', 'The mayor was scathing about the offer.', ['scathing']],
    ['one who reacted angrily is framed as critical', 'The party leader reacted angrily, writing that the deal was off.', ['angrily']],
    ['a speaker introduced as less impressed, less sanguine or more conciliatory than another is framed so', 'Costa was less impressed. Lund was less sanguine, and Hale more conciliatory.', ['less impressed', 'less sanguine', 'conciliatory']],
    ['one who rejects a charge or dismisses a claim defends themselves: no framing against the talks', 'Brink rejected the charge and dismissed suggestions that talks had failed, but rejected the offer.', ['rejected']],
  ];
  for (const [name, text, expected] of table) it(name, () => assert.deepEqual(stages.framings(text), expected));
});

describe('4-stance: quote labels', () => {
  const table: Array<[string, string, string, Stance]> = [
    ['progress is supportive', '“We are closer than we have been in months,” said the union leader.', 'We are closer than we have been in months,', 'supportive'],
    ['a partial quote naming a surrender is critical', 'The minister called the deal “a capitulation”.', 'a capitulation', 'critical'],
    ['a reckless gamble is critical', 'Senator Ada Moss called the plan “a reckless gamble”.', 'a reckless gamble', 'critical'],
    ['catastrophic is critical', '“The result is catastrophic,” opposition leader Kim Rowe said.', 'The result is catastrophic,', 'critical'],
    ['historic raises are supportive', '“These are historic raises,” said negotiator Jo Park.', 'These are historic raises,', 'supportive'],
    ['negation turns a critical word round', '“This deal is not a betrayal of anyone,” Minister Ron Hale said.', 'This deal is not a betrayal of anyone,', 'supportive'],
    ['conditions and guarantees are cautious', '“Any deal must include guarantees for the border towns,” Mayor Ines Roth said.', 'Any deal must include guarantees for the border towns,', 'cautious'],
    ['the writer\'s verb and a risk are cautious', 'Minister Pia Lund warned that the talks could fail without firm guarantees.', 'the talks could fail without firm guarantees', 'cautious'],
    ['a starting strike is not support for the talks', '“The strike will begin immediately,” union leader Ann Cole said.', 'The strike will begin immediately,', 'neutral'],
    ['being close to a deal is supportive', '“We are close, very close,” said mediator Ida Berg.', 'We are close, very close,', 'supportive'],
    ['a non-starter is critical', '“Their offer is a non-starter,” said union chief Ola Dahl.', 'Their offer is a non-starter,', 'critical'],
    ['a door said not to be closed is supportive: its own "not" is no negation of the quote besides', '“The door is not closed,” sporting director Tom Vale said.', 'The door is not closed,', 'supportive'],
    ['a partial quotation finishes the writer\'s phrase: talks that were “close” are progress', 'Mediator Ida Berg said on Monday that the talks were “close”.', 'close', 'supportive'],
    ['a word the writer\'s lead makes no phrase of stays as it is: a plant that will “close” is no progress', 'Mediator Ida Berg said on Monday that the plant would “close” in May.', 'close', 'neutral'],
    ['procedural statements are neutral', '“Talks resume on Monday at ten,” a spokesman said.', 'Talks resume on Monday at ten,', 'neutral'],
    ['"warm words" and "hot air" are words without substance, no praise of the talks; the speaker is framed less impressed besides', 'Mayor Ida Berg met the board. Union chief Ana Costa was less impressed. “We heard a lot of warm words,” she said. “Warm words do not pay the rent.”', 'We heard a lot of warm words,', 'critical'],
    ['doubting that the other side negotiates in good faith is no praise of the talks', '“We remain sceptical that the other side is negotiating in good faith,” said negotiator Sam Idris.', 'We remain sceptical that the other side is negotiating in good faith,', 'cautious'],
    ['framing in a nearby sentence colours the speaker\'s quote', 'Chancellor Otto Lind reacted cautiously. We will judge the result, not the promises, he said.', 'We will judge the result, not the promises', 'cautious'],
  ];
  for (const [name, text, quote, stance] of table) it(name, () => expectQuotes(text, [{ quote, stance }]));

  it('gives every stance a probability, the label the likeliest one and its probability as confidence', () => {
    const [q] = analyze('“It is a good deal for both sides,” said envoy Dan Moss.').quotes;
    const total = Object.values(q.stanceScores).reduce((a, b) => a + b, 0);
    assert.ok(Math.abs(total - 1) < 1e-9);
    assert.equal(q.confidence, Math.max(...Object.values(q.stanceScores)));
    assert.equal(q.stanceScores[q.stance], q.confidence);
  });

  it('returns the words that decided the stance, with the feature each fired and offsets into the text', () => {
    const text = '“This is a betrayal,” activist Noor Ali said.';
    const q = analyze(text).quotes[0];
    assert.equal(q.stance, 'critical');
    const cue = q.cues.find((c) => c.start !== undefined)!;
    assert.equal(text.slice(cue.start, cue.end).toLowerCase(), 'betrayal');
    assert.match(cue.feature ?? '', /rejection|valence:negative/);
  });

  it('reads the valence of the writer\'s words around the quote', () => {
    const q = analyze('“We will keep talking,” the furious and bitter mayor said angrily.').quotes[0];
    assert.equal(q.stance, 'critical');
    assert.ok(q.cues.some((c) => c.text === 'furious' && c.feature === 'context:valence:negative'), JSON.stringify(q.cues));
  });

  it('takes extra cue words from the options', () => {
    const text = '“The plan is a mirage,” critic Leo Hart said.';
    assert.notEqual(analyze(text).quotes[0].stance, 'critical');
    const q = analyze(text, { extraCues: { critical: ['mirage'] } }).quotes[0];
    assert.equal(q.stance, 'critical');
    assert.ok(q.cues.some((c) => c.text === 'mirage' && c.feature === 'extra:critical'));
  });

  it('tips an uncertain quote toward where its speaker\'s other quotes lean, and says so in its cues', () => {
    const text = 'Union leader Ana Ruiz called the offer “a betrayal of every nurse”. “It is an insult and a disgrace,” she said. “We will see what happens on Monday,” Ruiz added.\n'
      + 'The mayor, Tom Hale, said the council would publish the figures. “We will see what happens on Monday,” Hale said.';
    const qs = analyze(text).quotes;
    const [sure, tipped, kept] = [qs[1], qs[2], qs[4]];
    assert.equal(tipped.speaker, 'Ana Ruiz');
    assert.equal(tipped.stance, 'critical');
    assert.deepEqual(tipped.cues.map((c) => [c.text, c.feature]), [['2 other quotes', 'speaker']]);
    // A quote the model is sure of keeps its own reading and cues.
    assert.ok(sure.confidence >= 0.5 && !sure.cues.some((c) => c.feature === 'speaker'), JSON.stringify(sure.cues));
    // The same words from a speaker whose other quote is procedural are not pulled toward neutral.
    assert.equal(kept.speaker, 'Tom Hale');
    assert.equal(kept.stance, 'cautious');
  });

  it('leaves a sure quote to the model, and weighs an uncertain one against the prior', () => {
    const even = { supportive: 0.25, critical: 0.25, cautious: 0.25, neutral: 0.25 };
    assert.equal(stages.withSpeakerPrior({ supportive: 0.7, critical: 0.1, cautious: 0.1, neutral: 0.1 }, { ...even, critical: 0.7, supportive: 0.1 }), null);
    const r = stages.withSpeakerPrior({ supportive: 0.2, critical: 0.3, cautious: 0.35, neutral: 0.15 }, { supportive: 0.05, critical: 0.8, cautious: 0.05, neutral: 0.1 })!;
    assert.equal(r.stance, 'critical');
    assert.ok(Math.abs(Object.values(r.probabilities).reduce((a, b) => a + b, 0) - 1) < 1e-9);
    assert.equal(r.confidence, r.probabilities.critical);
  });

  it('lets the roster\'s stance for a speaker win over the words', () => {
    const text = '“This is a betrayal,” activist Noor Ali said.';
    const q = analyze(text, { roster: { people: [{ name: 'Noor Ali', stance: 'supportive' }] } }).quotes[0];
    assert.equal(q.stance, 'supportive');
    assert.equal(q.stanceFromRoster, true);
  });

  it('gives a speaker the stance with most confidence behind it, or mixed when two are close', () => {
    const q = (stance: Stance, confidence: number) => ({ stance, confidence });
    const table: Array<[string, Array<{ stance: Stance; confidence: number }>, string]> = [
      ['one clear stance', [q('critical', 0.8), q('critical', 0.6), q('neutral', 0.5)], 'critical'],
      ['only neutral quotes', [q('neutral', 0.7)], 'neutral'],
      ['an even split is mixed, whatever the label order', [q('supportive', 0.7), q('critical', 0.7)], 'mixed'],
      ['a 1/1/1 tie is mixed, not supportive', [q('supportive', 0.5), q('critical', 0.5), q('cautious', 0.5)], 'mixed'],
      ['a weak stray quote does not split a clear stance', [q('critical', 0.9), q('critical', 0.8), q('supportive', 0.3)], 'critical'],
    ];
    for (const [name, quotes, expected] of table) assert.equal(stages.speakerStance(quotes), expected, name);
  });

  it('gives a speaker the most frequent non-neutral stance of their quotes', () => {
    const text = '“It is a betrayal,” said activist Noor Ali. “It is a surrender,” she added. “The reckless plan will fail,” she said.';
    const [speaker] = analyze(text).speakers;
    assert.equal(speaker.stanceCounts.critical, 3);
    assert.equal(speaker.stance, 'critical');
  });
});

describe('4-stance: the fitted weights', () => {
  const weights = JSON.parse(readFileSync(join(__dirname, 'weights.json'), 'utf8'));
  it('come from a cross-validated fit and name every feature they weigh', () => {
    assert.ok(weights.crossValidation.folds >= 5);
    assert.equal(weights.weights.length, weights.classes.length);
    for (const row of weights.weights) assert.equal(row.length, weights.features.length);
  });
  it('keep every feature the lexicon has a prior for, pushing its way, even one the corpus never shows', () => {
    const priors = JSON.parse(readFileSync(join(__dirname, 'stance.lexicon.json'), 'utf8')).priors as Record<string, Record<string, number>>;
    for (const [feature, prior] of Object.entries(priors)) {
      const i = weights.features.indexOf(feature);
      assert.ok(i >= 0, `${feature} has no weight`);
      const [stance] = Object.entries(prior).sort((a, b) => b[1] - a[1])[0];
      const k = weights.classes.indexOf(stance);
      const mean = weights.weights.reduce((a: number, row: number[]) => a + row[i], 0) / weights.classes.length;
      assert.ok(weights.weights[k][i] > mean, `${feature} does not push toward ${stance}`);
    }
  });
});
