//! The sources behind every rule and option (sources.md, version 4,
//! `docs/clinical/sources.md`): short names, the names a
//! person reads, full references, citations.

use serde::{Serialize, Serializer};

/// A source named in triage.md or ladder.md, with its short name and reference from sources.md.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Source {
    Seed000,
    Seed001,
    Seed002,
    Seed003,
    Seed004,
    GirftCesPathway,
    Acp2011,
    Rcgp1999,
    NiceNg59,
    NiceNg234,
    NiceCg75,
    NiceNg41,
    NiceNg65,
    NiceNg156,
    NiceQs155,
    NiceCg95,
    NiceTa159,
    NiceCksLowBackPain,
    NiceCksPyelonephritis,
    /// The ACR Appropriateness Criteria; a citation's detail names the variant.
    Acr,
    /// BMJ Best Practice; a citation's detail names the topic.
    BmjBestPractice,
    NhsLothianRefHelp,
    Downie2013,
    Henschke2009,
    Davis2004,
    FdmaGuide,
    Vsgbi2011,
    AccfAha2010,
    Acp2017,
    Wright2002,
    Semigran2015,
    /// The NHS website's health A to Z; a citation's detail names the page.
    NhsWebsite,
    VascularResearchUk,
    Fda2020,
}

impl Source {
    /// Every source, in the order of sources.md.
    pub const ALL: [Self; 34] = [
        Self::Seed000,
        Self::Seed001,
        Self::Seed002,
        Self::Seed003,
        Self::Seed004,
        Self::GirftCesPathway,
        Self::Acp2011,
        Self::Rcgp1999,
        Self::NiceNg59,
        Self::NiceNg234,
        Self::NiceCg75,
        Self::NiceNg41,
        Self::NiceNg65,
        Self::NiceNg156,
        Self::NiceQs155,
        Self::NiceCg95,
        Self::NiceTa159,
        Self::NiceCksLowBackPain,
        Self::NiceCksPyelonephritis,
        Self::Acr,
        Self::BmjBestPractice,
        Self::NhsLothianRefHelp,
        Self::Downie2013,
        Self::Henschke2009,
        Self::Davis2004,
        Self::FdmaGuide,
        Self::Vsgbi2011,
        Self::AccfAha2010,
        Self::Acp2017,
        Self::Wright2002,
        Self::Semigran2015,
        Self::NhsWebsite,
        Self::VascularResearchUk,
        Self::Fda2020,
    ];

    /// The short name used in the policy's tables.
    pub const fn short_name(self) -> &'static str {
        match self {
            Self::Seed000 => "seed 000",
            Self::Seed001 => "seed 001",
            Self::Seed002 => "seed 002",
            Self::Seed003 => "seed 003",
            Self::Seed004 => "seed 004",
            Self::GirftCesPathway => "GIRFT national CES pathway",
            Self::Acp2011 => "ACP 2011 (Chou) table 2",
            Self::Rcgp1999 => "RCGP 1999",
            Self::NiceNg59 => "NICE NG59",
            Self::NiceNg234 => "NICE NG234",
            Self::NiceCg75 => "NICE CG75",
            Self::NiceNg41 => "NICE NG41",
            Self::NiceNg65 => "NICE NG65",
            Self::NiceNg156 => "NICE NG156",
            Self::NiceQs155 => "NICE QS155 statement 6",
            Self::NiceCg95 => "NICE CG95",
            Self::NiceTa159 => "NICE TA159",
            Self::NiceCksLowBackPain => "NICE CKS low back pain",
            Self::NiceCksPyelonephritis => "NICE CKS, pyelonephritis (acute)",
            Self::Acr => "ACR appropriateness criteria",
            Self::BmjBestPractice => "BMJ Best Practice",
            Self::NhsLothianRefHelp => "NHS Lothian RefHelp",
            Self::Downie2013 => "Downie 2013",
            Self::Henschke2009 => "Henschke 2009",
            Self::Davis2004 => "Davis 2004",
            Self::FdmaGuide => "FDMA guide",
            Self::Vsgbi2011 => "VSGBI/CEM/RCR 2011",
            Self::AccfAha2010 => "ACCF/AHA 2010",
            Self::Acp2017 => "ACP 2017",
            Self::Wright2002 => "Wright 2002 BMJ",
            Self::Semigran2015 => "Semigran 2015",
            Self::NhsWebsite => "NHS",
            Self::VascularResearchUk => "Vascular Research UK patient leaflet",
            Self::Fda2020 => "FDA 2020",
        }
    }

    /// The source as a person reads it on a screen or a printout: each patient page by its
    /// title and publisher, each guideline by its body and name, each study by its authors,
    /// journal and year. Never an internal label such as "seed 000".
    pub const fn name(self) -> &'static str {
        match self {
            Self::Seed000 => "Inspired Spine patient page \"Back Pain Treatments\"",
            Self::Seed001 => {
                "NeuroSpine Plus patient article \"Understanding Conservative Spine Care and Its Impact\""
            }
            Self::Seed002 => {
                "Society of Interventional Radiology patient page \"Treating low back pain\""
            }
            Self::Seed003 => {
                "Neuroscience Group patient article \"Pain management for back pain\""
            }
            Self::Seed004 => "News feature \"Minimally Invasive Treatments for Back Pain\", August 2024",
            Self::GirftCesPathway => {
                "NHS England, Getting It Right First Time: national suspected cauda equina syndrome pathway, 2023"
            }
            Self::Acp2011 => {
                "American College of Physicians: diagnostic imaging for low back pain, Chou 2011, table 2"
            }
            Self::Rcgp1999 => {
                "Royal College of General Practitioners: acute low back pain guidelines, 1999"
            }
            Self::NiceNg59 => "NICE guideline NG59: low back pain and sciatica in over 16s",
            Self::NiceNg234 => {
                "NICE guideline NG234: spinal metastases and metastatic spinal cord compression"
            }
            Self::NiceCg75 => "NICE guideline CG75: metastatic spinal cord compression, 2008",
            Self::NiceNg41 => "NICE guideline NG41: spinal injury",
            Self::NiceNg65 => "NICE guideline NG65: spondyloarthritis in over 16s",
            Self::NiceNg156 => "NICE guideline NG156: abdominal aortic aneurysm",
            Self::NiceQs155 => {
                "NICE quality standard QS155: low back pain and sciatica, statement 6 on spinal injections"
            }
            Self::NiceCg95 => "NICE guideline CG95: recent-onset chest pain",
            Self::NiceTa159 => "NICE technology appraisal TA159: spinal cord stimulation",
            Self::NiceCksLowBackPain => {
                "NICE Clinical Knowledge Summaries: low back pain without radiculopathy"
            }
            Self::NiceCksPyelonephritis => "NICE Clinical Knowledge Summaries: acute pyelonephritis",
            Self::Acr => "American College of Radiology Appropriateness Criteria: low back pain",
            Self::BmjBestPractice => "BMJ Best Practice",
            Self::NhsLothianRefHelp => "NHS Lothian RefHelp: cauda equina syndrome referral guidance",
            Self::Downie2013 => "Downie and others, BMJ 2013: red flags for serious back problems",
            Self::Henschke2009 => {
                "Henschke and others, Arthritis & Rheumatism 2009: serious spinal problems in primary care"
            }
            Self::Davis2004 => {
                "Davis and others, Journal of Emergency Medicine 2004: spinal epidural abscess"
            }
            Self::FdmaGuide => {
                "Fire and Disaster Management Agency of Japan: emergency consultation guide, back pain"
            }
            Self::Vsgbi2011 => {
                "Vascular Society, College of Emergency Medicine and Royal College of Radiologists, 2011: suspected ruptured aortic aneurysm"
            }
            Self::AccfAha2010 => {
                "American College of Cardiology Foundation and American Heart Association, 2010: thoracic aortic disease"
            }
            Self::Acp2017 => {
                "American College of Physicians, 2017: treatments for acute, subacute and chronic low back pain"
            }
            Self::Wright2002 => {
                "Wright and others, BMJ 2002: managing acute renal colic"
            }
            Self::Semigran2015 => {
                "Semigran and others, BMJ 2015: an audit of symptom checkers"
            }
            Self::NhsWebsite => {
                "NHS website"
            }
            Self::VascularResearchUk => {
                "Vascular Research UK patient leaflet: abdominal aortic aneurysm"
            }
            Self::Fda2020 => {
                "US Food and Drug Administration, 2020: anti-inflammatories from 20 weeks of pregnancy"
            }
        }
    }

    /// The full reference, as sources.md gives it. Where sources.md stands for several
    /// references with a placeholder (ACR "variant N", the BMJ Best Practice topics), the
    /// placeholder is left to the citation's detail.
    pub const fn reference(self) -> &'static str {
        match self {
            Self::Seed000 => {
                "\"Back Pain Treatments\", Inspired Spine (Minnesota spine center), patient information page"
            }
            Self::Seed001 => {
                "\"Understanding Conservative Spine Care and Its Impact\", NeuroSpine Plus, patient article"
            }
            Self::Seed002 => {
                "\"Treating low back pain\", Society of Interventional Radiology, patient page (last reviewed November 2024)"
            }
            Self::Seed003 => "\"Pain management for back pain\", Neuroscience Group, patient article",
            Self::Seed004 => {
                "\"Minimally Invasive Treatments for Back Pain\", news feature, 26 August 2024"
            }
            Self::GirftCesPathway => {
                "Getting It Right First Time (NHS England): National suspected cauda equina syndrome pathway, 2023"
            }
            Self::Acp2011 => {
                "Chou R, Qaseem A, Owens DK, Shekelle P. Diagnostic imaging for low back pain: advice for high-value health care from the American College of Physicians. Ann Intern Med 2011;154:181-189"
            }
            Self::Rcgp1999 => {
                "Royal College of General Practitioners: Clinical guidelines for the management of acute low back pain, 1999"
            }
            Self::NiceNg59 => {
                "NICE guideline NG59: Low back pain and sciatica in over 16s: assessment and management, 2016 (updated 2020)"
            }
            Self::NiceNg234 => {
                "NICE guideline NG234: Spinal metastases and metastatic spinal cord compression, 2023"
            }
            Self::NiceCg75 => {
                "NICE clinical guideline CG75: Metastatic spinal cord compression in adults: risk assessment, diagnosis and management, 2008 (replaced by NG234 in 2023)"
            }
            Self::NiceNg41 => "NICE guideline NG41: Spinal injury: assessment and initial management, 2016",
            Self::NiceNg65 => {
                "NICE guideline NG65: Spondyloarthritis in over 16s: diagnosis and management, 2017"
            }
            Self::NiceNg156 => {
                "NICE guideline NG156: Abdominal aortic aneurysm: diagnosis and management, 2020"
            }
            Self::NiceQs155 => {
                "NICE quality standard QS155: Low back pain and sciatica in over 16s, 2017, quality statement 6 (spinal injections)"
            }
            Self::NiceCg95 => {
                "NICE clinical guideline CG95: Recent-onset chest pain of suspected cardiac origin, 2010 (updated 2016)"
            }
            Self::NiceTa159 => {
                "NICE technology appraisal TA159: Spinal cord stimulation for chronic pain of neuropathic or ischaemic origin, 2008"
            }
            Self::NiceCksLowBackPain => {
                "NICE Clinical Knowledge Summaries: Back pain - low (without radiculopathy)"
            }
            Self::NiceCksPyelonephritis => "NICE Clinical Knowledge Summaries: Pyelonephritis - acute",
            Self::Acr => {
                "American College of Radiology Appropriateness Criteria: Low Back Pain, 2021 revision"
            }
            Self::BmjBestPractice => "BMJ Best Practice, the topic the citation names",
            Self::NhsLothianRefHelp => {
                "NHS Lothian RefHelp: cauda equina syndrome referral guidance (after SBNS/BASS standards)"
            }
            Self::Downie2013 => {
                "Downie A, et al. Red flags to screen for malignancy and fracture in patients with low back pain: systematic review. BMJ 2013;347:f7095"
            }
            Self::Henschke2009 => {
                "Henschke N, et al. Prevalence of and screening for serious spinal pathology in patients presenting to primary care settings with acute low back pain. Arthritis Rheum 2009;60:3072-3080"
            }
            Self::Davis2004 => {
                "Davis DP, Wold RM, Patel RJ, et al. The clinical presentation and impact of diagnostic delays on emergency department patients with spinal epidural abscess. J Emerg Med 2004;26:285-291"
            }
            Self::FdmaGuide => {
                "Fire and Disaster Management Agency of Japan: Emergency consultation guide (home self-judgement), 2014, after the Japanese Association for Acute Medicine's protocol: back pain and low back pain (red: call an ambulance; yellow: be seen within about 2 hours)"
            }
            Self::Vsgbi2011 => {
                "Vascular Society of Great Britain and Ireland, College of Emergency Medicine and Royal College of Radiologists: guideline for the management of suspected ruptured abdominal aortic aneurysm"
            }
            Self::AccfAha2010 => {
                "Hiratzka LF, et al. 2010 ACCF/AHA/AATS/ACR/ASA/SCA/SCAI/SIR/STS/SVM guidelines for the diagnosis and management of patients with thoracic aortic disease. Circulation 2010;121:e266-e369 (high-risk pain features)"
            }
            Self::Acp2017 => {
                "Qaseem A, Wilt TJ, McLean RM, Forciea MA. Noninvasive treatments for acute, subacute, and chronic low back pain: a clinical practice guideline from the American College of Physicians. Ann Intern Med 2017;166:514-530"
            }
            Self::Wright2002 => {
                "Wright PJ, English PJ, Hungin APS, Marsden SNE. Managing acute renal colic across the primary-secondary care interface: a pathway of care based on evidence and consensus. BMJ 2002;325:1408-1412"
            }
            Self::Semigran2015 => {
                "Semigran HL, Linder JA, Gidengil C, Mehrotra A. Evaluation of symptom checkers for self diagnosis and triage: audit study. BMJ 2015;351:h3480"
            }
            Self::NhsWebsite => {
                "NHS website (nhs.uk) health A to Z, the page the citation names"
            }
            Self::VascularResearchUk => {
                "Vascular Research UK (charity): patient information on abdominal aortic aneurysm (new severe abdominal or back pain with a known aneurysm: call 999)"
            }
            Self::Fda2020 => {
                "US Food and Drug Administration Drug Safety Communication: avoid use of NSAIDs in pregnancy at 20 weeks or later, October 2020"
            }
        }
    }
}

impl Serialize for Source {
    /// A source serializes as its short name, the form the policy cites it in.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.short_name())
    }
}

/// One citation of a source by a rule or an option: the source, and the policy's
/// parenthetical note on what in it applies, if it gives one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub struct Citation {
    pub source: Source,
    pub detail: Option<&'static str>,
}

/// A citation of the whole source.
pub const fn cite(source: Source) -> Citation {
    Citation {
        source,
        detail: None,
    }
}

/// A citation with the policy's note on what in the source applies.
pub const fn cite_on(source: Source, detail: &'static str) -> Citation {
    Citation {
        source,
        detail: Some(detail),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_source_has_a_distinct_short_name_a_readable_name_and_a_reference() {
        for (i, a) in Source::ALL.iter().enumerate() {
            assert!(!a.reference().is_empty());
            assert!(!a.name().to_lowercase().contains("seed"), "{}", a.name());
            for b in &Source::ALL[i + 1..] {
                assert_ne!(a.short_name(), b.short_name());
                assert_ne!(a.name(), b.name());
            }
        }
    }
}
